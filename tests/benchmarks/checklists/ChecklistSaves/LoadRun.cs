using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace ChecklistSaves;

/// <summary>
/// Drives checklist saves through POST /api/messages: each worker owns some sub-criteria and toggles them one after
/// another, so every request is a real change the bot must store (one audit row each).
/// </summary>
internal static class LoadRun
{
    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var url = new Uri(new Uri(options.Text("url", "http://127.0.0.1:3978")), "/api/messages");
        var items = Campaign.Items(options.Text("campaign"));
        var concurrency = Math.Min(options.Number("concurrency", 32), items.Count);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseCookies = false })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        foreach (var user in items.Select(item => item.Owner).Distinct())
        {
            using var hello = await PostAsync(client, url, Activities.Hello(user));
            hello.EnsureSuccessStatusCode();
        }

        var counters = new Counters();
        var warmup = TimeSpan.FromSeconds(options.Number("warmup", 3));
        var measured = TimeSpan.FromSeconds(options.Number("seconds", 20));
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency)
            .Select(worker => WorkAsync(client, url, [.. items.Where((_, index) => index % concurrency == worker)], worker, clock, warmup, warmup + measured, counters))
            .ToArray();
        await Task.WhenAll(workers);

        Report(counters, measured, concurrency);
        return counters.Errors == 0 ? 0 : 1;
    }

    private static async Task WorkAsync(
        HttpClient client, Uri url, List<BenchItem> mine, int worker, Stopwatch clock, TimeSpan warmup, TimeSpan end, Counters counters)
    {
        var sequence = 0;
        while (clock.Elapsed < end)
        {
            var item = mine[sequence % mine.Count];
            var started = clock.Elapsed;
            var ok = await SaveAsync(client, url, item, $"save-{worker}-{sequence++}");
            counters.Record(ok, started >= warmup, clock.Elapsed - started);
        }
    }

    private static async Task<bool> SaveAsync(HttpClient client, Uri url, BenchItem item, string activityId)
    {
        try
        {
            using var response = await PostAsync(client, url, Activities.Save(item, activityId));
            var body = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK || body.AsSpan().IndexOf(Activities.CardAnswer) < 0)
            {
                return false;
            }

            item.Saved();
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Uri url, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return client.PostAsync(url, content);
    }

    private static void Report(Counters counters, TimeSpan measured, int concurrency)
    {
        var latencies = counters.MeasuredLatencies();
        string Percentile(double p) => latencies.Count == 0 ? "n/a"
            : latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)].TotalMilliseconds.ToString("F2", CultureInfo.InvariantCulture) + " ms";
        Console.WriteLine($"concurrency          {concurrency}");
        Console.WriteLine($"saves_sent_ok        {counters.Succeeded}");
        Console.WriteLine($"errors               {counters.Errors}");
        Console.WriteLine($"saves_per_sec        {(latencies.Count / measured.TotalSeconds).ToString("F0", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"latency_p50          {Percentile(0.50)}");
        Console.WriteLine($"latency_p99          {Percentile(0.99)}");
    }
}
