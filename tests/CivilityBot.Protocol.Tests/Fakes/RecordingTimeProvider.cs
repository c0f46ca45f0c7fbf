using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Protocol.Tests.Fakes;

/// <summary>
/// A fake clock that also reports each timer created on it, so a test can advance time exactly when the code
/// under test is waiting (a retry delay, an acknowledgement budget) instead of guessing with real sleeps.
/// </summary>
public sealed class RecordingTimeProvider : FakeTimeProvider
{
    private readonly Channel<TimeSpan> createdTimers = Channel.CreateUnbounded<TimeSpan>();

    public RecordingTimeProvider(DateTimeOffset start)
        : base(start)
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        createdTimers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits (at most 10 s of real time) until a timer whose due time matches has been created.</summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> matches)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var dueTime = await createdTimers.Reader.ReadAsync(timeout.Token);
            if (matches(dueTime))
            {
                return dueTime;
            }
        }
    }
}
