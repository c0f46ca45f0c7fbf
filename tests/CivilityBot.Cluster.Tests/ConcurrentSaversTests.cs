using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CivilityBot.Tests.Simulator;
using MiniExcelLibs;

namespace CivilityBot.Cluster.Tests;

/// <summary>
/// Issue 12: three instances behind nginx on one PostgreSQL take 50 people saving their checklists at once for 30
/// seconds. Every save the bot acknowledged must be in the audit trail of the exported ledger exactly once.
/// </summary>
public sealed partial class ConcurrentSaversTests(ITestOutputHelper output)
{
    private const int Savers = 50;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Fifty_people_saving_for_30_seconds_on_three_instances_find_every_acknowledged_save_in_the_audit_trail_once()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var cancellationToken = timeout.Token;
        await using var cluster = await BotCluster.StartAsync(3, Savers, SimulatorLimits.None, null, cancellationToken);
        try
        {
            var acknowledged = new ConcurrentBag<string>();
            var refused = 0;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(1, Savers).Select(async number =>
            {
                var saver = ClusterUser.Generated(number);
                var save = SaveAction((await cluster.Teams.SayAsync(saver, "我的清单", cancellationToken)).Select(reply => (JsonNode?)reply).ToList());
                var items = ((string)save["items"]!).Split(',');
                for (var sequence = 0; clock.Elapsed < Duration; sequence++)
                {
                    var item = items[sequence % items.Length];
                    var activityId = $"save-{number}-{sequence}";
                    var evidence = $"{saver.Name} 第{sequence}次保存";
                    var data = save.DeepClone().AsObject();
                    data["evidence:" + item] = evidence;
                    var (status, body) = await cluster.Teams.PressAsync(saver, "checklist.save", data, cancellationToken, activityId);
                    if (status != 200 || body?["value"] is null)
                    {
                        Interlocked.Increment(ref refused);
                        continue;
                    }

                    // The card after a save carries the stored state's token; its evidence hash says whose text is stored.
                    save = SaveAction([body["value"]]);
                    if (((string?)save["seen:" + item])?.Split('|')[4] == Hash(evidence))
                    {
                        acknowledged.Add(activityId);
                    }
                }
            }));

            var ledger = await cluster.Teams.SayAsync(ClusterUser.Coordinator, "导出台账", cancellationToken);
            var link = XlsxLink().Match(TeamsClient.Text(new JsonArray([.. ledger.Select(reply => reply.DeepClone())])));
            Assert.True(link.Success, "导出台账 answers with a download link");
            using var workbook = new MemoryStream(await cluster.DownloadAsync(link.Value, cancellationToken));
            var audited = workbook.Query(useHeaderRow: true, sheetName: "修改记录")
                .Cast<IDictionary<string, object?>>()
                .Select(row => row["活动 ID"]?.ToString())
                .Where(id => id?.StartsWith("save-", StringComparison.Ordinal) == true)
                .GroupBy(id => id!)
                .ToDictionary(group => group.Key, group => group.Count());

            output.WriteLine($"{acknowledged.Count} saves acknowledged in {Duration.TotalSeconds:F0} s ({acknowledged.Count / Duration.TotalSeconds:F0}/s), {refused} refused, {audited.Count} audited");
            Assert.True(acknowledged.Count > Savers, $"only {acknowledged.Count} saves acknowledged ({refused} refused)");
            Assert.All(acknowledged, id => Assert.Equal(1, audited.GetValueOrDefault(id)));
            Assert.All(audited, pair => Assert.Equal(1, pair.Value));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new InvalidOperationException(error.Message + "\n" + cluster.Output, error);
        }
    }

    /// <summary>The data of the checklist card's 保存 button (person, page, items, seen: tokens).</summary>
    private static JsonObject SaveAction(IReadOnlyList<JsonNode?> cards) =>
        cards.SelectMany(TeamsClient.Actions).First(action => action.Verb == "checklist.save").Data.DeepClone().AsObject();

    /// <summary>The bot's evidence hash (SeenToken.Hash): first 4 bytes of SHA-256 of the trimmed text, lower-case hex.</summary>
    private static string Hash(string evidence) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(evidence.Trim()))[..4]);

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/\S+?\.xlsx")]
    private static partial Regex XlsxLink();
}
