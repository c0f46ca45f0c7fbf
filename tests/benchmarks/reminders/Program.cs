using System.Globalization;
using CivilityBot.Tests.Simulator;
using ReminderBroadcastBenchmark;

// dotnet run -c Release --project tests/benchmarks/reminders [recipients] [requests-per-second] [latency-ms]
var recipients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var rate = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var latency = TimeSpan.FromMilliseconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20);
var bound = TimeSpan.FromSeconds((double)recipients / rate);
var allowed = bound * 1.1;

Console.WriteLine($"Broadcast to {recipients} recipients, client rate {rate}/s, simulator limit 50 requests/s, latency {latency.TotalMilliseconds} ms");
var limits = new SimulatorLimits { PerSecond = 50, PerConversation = true, Latency = latency };
var result = await new BroadcastBenchmark(recipients, rate, limits).RunAsync(TimeSpan.FromMinutes(3));

Console.WriteLine($"elapsed          {result.Elapsed.TotalSeconds:F2} s (bound {bound.TotalSeconds:F1} s, allowed {allowed.TotalSeconds:F1} s)");
Console.WriteLine($"timeline         queued after {result.Queued.TotalMilliseconds:F0} ms, first send {result.FirstSend?.TotalMilliseconds:F0} ms, last send {result.LastSend?.TotalSeconds:F2} s");
Console.WriteLine($"deliveries       sent {result.Sent}, unreachable {result.Unreachable}, failed {result.Failed}, still pending {result.StillPending}");
Console.WriteLine($"simulator        {result.Requests} requests, {result.Throttled} answered 429, {result.Duplicates} duplicates, busiest second {result.BusiestSecond} accepted");
var passed = result.AllAccountedFor && result.Elapsed <= allowed;
Console.WriteLine(passed ? "PASS" : "FAIL");
return passed ? 0 : 1;
