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

    [Fact]
    public async Task RunOnceAsync_UnderAFloodOfBigAnswers_StaysUnderTheByteBoundAndForgetsTheOldestFirst()
    {
        const int bodyBytes = 64 * 1024;
        const long maxBytes = 1024 * 1024;
        var deduplicator = Create(capacity: 4096, maxBytes);
        var highest = 0L;

        for (var i = 0; i < 200; i++)
        {
            await deduplicator.RunOnceAsync(Key("big-" + i), i, n => Task.FromResult(BigAnswer(n, bodyBytes)));
            highest = Math.Max(highest, deduplicator.HeldBytes);
        }

        Assert.InRange(highest, maxBytes - bodyBytes, maxBytes);
        Assert.Equal(maxBytes / bodyBytes, deduplicator.Count);
        Assert.True(await RunsAgainAsync(deduplicator, "big-0"));
        Assert.True(await RunsAgainAsync(deduplicator, "big-183"));
        Assert.False(await RunsAgainAsync(deduplicator, "big-199"));
        var replay = await deduplicator.RunOnceAsync(Key("big-199"), 0, _ => Task.FromResult(TurnOutcome.Ok));
        Assert.Equal(199, replay.JsonBody![0]);
    }

    [Fact]
    public async Task RunOnceAsync_AnAnswerBiggerThanTheWholeBound_IsAnsweredButNotRemembered()
    {
        var deduplicator = Create(capacity: 100, maxBytes: 1000);

        var first = await deduplicator.RunOnceAsync(Key("huge"), 0, _ => Task.FromResult(BigAnswer(7, 2000)));

        Assert.Equal(2000, first.JsonBody!.Length);
        Assert.Equal(0, deduplicator.HeldBytes);
        Assert.True(await RunsAgainAsync(deduplicator, "huge"));
    }

    [Theory]
    [InlineData(900, true)]
    [InlineData(1100, false)]
    public void TryKeyOf_IdsLongerThanTheBound_AreNotKeyed(int activityIdLength, bool keyed)
    {
        Assert.Equal(keyed, ActivityDeduplicator.TryKeyOf("msteams", "a:1", new string('x', activityIdLength), out _));
    }

    [Fact]
    public void TryKeyOf_DifferentIds_GiveDifferentKeys()
    {
        Assert.NotEqual(Key("1"), Key("2"));
        Assert.Equal(Key("1"), Key("1"));
    }

    private static async Task<bool> RunsAgainAsync(ActivityDeduplicator deduplicator, string activityId)
    {
        var ran = false;
        await deduplicator.RunOnceAsync(Key(activityId), 0, _ => { ran = true; return Task.FromResult(TurnOutcome.Ok); });
        return ran;
    }

    private static TurnOutcome BigAnswer(int marker, int bytes)
    {
        var body = new byte[bytes];
        body[0] = (byte)marker;
        return TurnOutcome.Json(200, body);
    }

    private static UInt128 Key(string activityId) =>
        ActivityDeduplicator.TryKeyOf("msteams", "a:1", activityId, out var key) ? key : throw new ArgumentException("too long");

    private ActivityDeduplicator Create(int capacity, long maxBytes = 16 * 1024 * 1024) =>
        new(Options.Create(new BotOptions { DeduplicationCapacity = capacity, DeduplicationMaxBytes = maxBytes }), time);
}
