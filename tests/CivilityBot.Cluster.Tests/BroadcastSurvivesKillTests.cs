using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CivilityBot.Tests.Simulator;

namespace CivilityBot.Cluster.Tests;

/// <summary>
/// Issue 12: three instances behind nginx on one PostgreSQL send one reminder to 300 people, and one instance is
/// killed with SIGKILL half way. Every recipient must end in exactly one final state in the coordinator's delivery
/// report, nobody may receive the reminder twice, and the survivors must finish the broadcast.
/// </summary>
public sealed partial class BroadcastSurvivesKillTests(ITestOutputHelper output)
{
    private const int Recipients = 300;

    /// <summary>What the delivery report may say of a recipient once the broadcast is over (DeliveryReportExporter.StateText).</summary>
    private static readonly string[] FinalStates = ["已送达", "无法送达", "发送失败"];

    [Fact]
    public async Task A_300_person_reminder_finishes_on_the_survivors_when_one_of_three_instances_is_killed_and_nobody_gets_it_twice()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        var cancellationToken = timeout.Token;
        await using var cluster = await BotCluster.StartAsync(3, Recipients, SimulatorLimits.Teams with { Latency = TimeSpan.FromMilliseconds(150) }, new Dictionary<string, string>
        {
            // 3 × 15 = 45 requests/s: under Teams' 50/s for the app, which the simulator enforces across all instances.
            ["ConnectorPacing__RequestsPerSecond"] = "15",
            // The instances that were not woken by the confirmation look for work every second.
            ["Outbox__PollInterval"] = "00:00:01",
            ["Outbox__ClaimLease"] = "00:00:05",
        }, cancellationToken);
        try
        {
            var people = Enumerable.Range(1, Recipients).Select(ClusterUser.Generated).ToList();
            await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (person, token) =>
                Assert.NotEmpty(await cluster.Teams.SayAsync(person, "我的进度", token)));
            Assert.NotEmpty(await cluster.Teams.SayAsync(ClusterUser.Coordinator, "提醒", cancellationToken));

            var (status, preview) = await cluster.Teams.PressAsync(ClusterUser.Coordinator, "reminders.preview", new JsonObject
            {
                ["audience"] = "people",
                ["people"] = string.Join(",", people.Select(person => person.Name)),
                ["timing"] = "now",
            }, cancellationToken);
            Assert.Equal(200, status);
            var previewText = TeamsClient.Text(preview);
            Assert.Contains($"能送达\n{Recipients} 人\n", previewText, StringComparison.Ordinal);
            var confirm = TeamsClient.Actions(preview?["value"]).Single(action => action.Verb == "reminders.confirm").Data;
            Assert.Empty(cluster.Connector.Messages);

            (status, _) = await cluster.Teams.PressAsync(ClusterUser.Coordinator, "reminders.confirm", confirm, cancellationToken);
            Assert.Equal(200, status);

            await cluster.Connector.WhenMessages(Recipients / 3).WaitAsync(cancellationToken);
            cluster.Instances[1].Kill();
            var deliveredAtKill = cluster.Connector.Messages.Count;
            Assert.InRange(deliveredAtKill, Recipients / 3, Recipients - 1);

            await cluster.Connector.WhenUpdateContains("已完成").WaitAsync(TimeSpan.FromMinutes(3), cancellationToken);
            var finalCard = cluster.Connector.Updates.Last(update => update.Content.Contains("已完成", StringComparison.Ordinal)).Content;
            var reportUrl = CsvLink().Match(finalCard);
            Assert.True(reportUrl.Success, "the finished status card links its delivery report:\n" + finalCard);
            var report = ReadReport(await cluster.DownloadAsync(reportUrl.Value, cancellationToken));

            output.WriteLine($"{deliveredAtKill} delivered when instance 2 was killed; report: " + string.Join(", ", report.GroupBy(row => row.State).Select(group => $"{group.Key} {group.Count()}")));
            output.WriteLine(string.Join("\n", report.Where(row => row.State != "已送达").Select(row => $"{row.Name} {row.State} {row.Reason}")));

            // One row per recipient, each in one final state.
            Assert.Equal(people.Select(person => person.Name).Order(), report.Select(row => row.Name).Order());
            Assert.All(report, row => Assert.Contains(row.State, FinalStates));

            // Nobody received the reminder twice; everyone reported as reached received it once.
            var received = cluster.Connector.MessagesPerConversation();
            Assert.All(received, pair => Assert.Equal(1, pair.Value));
            foreach (var row in report.Where(row => row.State == "已送达"))
            {
                Assert.True(received.ContainsKey(ClusterUser.Generated(int.Parse(row.Name[3..], System.Globalization.CultureInfo.InvariantCulture)).PersonalConversationId), row.Name + " is reported reached");
            }

            // The survivors finished what the dead instance had claimed: nearly all were reached (only the sends in
            // flight at the kill may end as "outcome unknown", never re-sent).
            Assert.True(report.Count(row => row.State == "已送达") >= Recipients - 30,
                $"reached {report.Count(row => row.State == "已送达")} of {Recipients}: " + string.Join("; ", report.Where(row => row.State != "已送达").Take(10)));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new InvalidOperationException(error.Message + "\n" + cluster.Output, error);
        }
    }

    private sealed record ReportRow(string Name, string State, string Reason);

    /// <summary>The CSV report (UTF-8 with BOM): 序号,姓名,状态,原因,…</summary>
    private static List<ReportRow> ReadReport(byte[] csv)
    {
        var lines = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("序号,姓名,状态,原因", lines[0], StringComparison.Ordinal);
        return [.. lines.Skip(1).Select(line => line.Split(',')).Select(cells => new ReportRow(cells[1].Trim('"'), cells[2].Trim('"'), cells[3].Trim('"')))];
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/\S+?\.csv")]
    private static partial Regex CsvLink();
}
