using CivilityBot.Protocol.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Protocol.Tests;

public sealed class ActivityDeduplicatorTests
{
    private readonly FakeTimeProvider time = new();

    [Fact]
    public async Task RunOnceAsync_UnderAFloodOfNewIds_KeepsAtMostCapacityEntries()
    {
        var deduplicator = Create(capacity: 100);

        for (var i = 0; i < 1_000; i++)
        {
            await deduplicator.RunOnceAsync(Key("id-" + i), 0, _ => Task.FromResult(TurnOutcome.Ok));
        }

        Assert.InRange(deduplicator.Count, 1, 101);
    }

    [Fact]
    public async Task RunOnceAsync_AfterTheWindow_ForgetsOldEntries()
    {
        var deduplicator = Create(capacity: 100);
        for (var i = 0; i < 50; i++)
        {
            await deduplicator.RunOnceAsync(Key("id-" + i), 0, _ => Task.FromResult(TurnOutcome.Ok));
        }

        time.Advance(TimeSpan.FromMinutes(6));
        await deduplicator.RunOnceAsync(Key("fresh"), 0, _ => Task.FromResult(TurnOutcome.Ok));

        Assert.Equal(1, deduplicator.Count);
    }

    [Fact]
    public async Task RunOnceAsync_WhenTheTurnThrows_LetsARedeliveryRunAgain()
    {
        var deduplicator = Create(capacity: 100);
        var runs = 0;

        await Assert.ThrowsAsync<OperationCanceledException>(() => deduplicator.RunOnceAsync(
            Key("id"), 0, _ => { runs++; return Task.FromException<TurnOutcome>(new OperationCanceledException()); }));
        await deduplicator.RunOnceAsync(Key("id"), 0, _ => { runs++; return Task.FromResult(TurnOutcome.Ok); });

        Assert.Equal(2, runs);
    }

    private static UInt128 Key(string activityId) => ActivityDeduplicator.KeyOf("msteams", "a:1", activityId);

    private ActivityDeduplicator Create(int capacity) =>
        new(Options.Create(new BotOptions { DeduplicationCapacity = capacity }), time);
}
