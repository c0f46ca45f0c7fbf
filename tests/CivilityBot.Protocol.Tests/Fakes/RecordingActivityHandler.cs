using System.Collections.Concurrent;

namespace CivilityBot.Protocol.Tests.Fakes;

/// <summary>The bot stand-in: records every turn and runs whatever the test scripts.</summary>
public sealed class RecordingActivityHandler : IActivityHandler
{
    public ConcurrentQueue<TurnContext> Turns { get; } = new();

    public Func<TurnContext, CancellationToken, Task> OnTurn { get; set; } = (_, _) => Task.CompletedTask;

    public int CallCount => Turns.Count;

    public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Turns.Enqueue(turn);
        return OnTurn(turn, cancellationToken);
    }
}
