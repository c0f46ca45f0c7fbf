using System.Collections.Concurrent;
using System.Threading.Channels;

namespace CivilityBot.Checklists;

/// <summary>Hands confirmed sends to the background dispatcher, and lets callers await a batch's end.</summary>
public sealed class ChecklistSendQueue
{
    private readonly Channel<string> _channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _finished = new(StringComparer.Ordinal);

    public ChannelReader<string> Reader => _channel.Reader;

    public void Enqueue(string batchId)
    {
        Completion(batchId);
        _channel.Writer.TryWrite(batchId);
    }

    /// <summary>Completes when the dispatcher has finished the batch (every delivery in a final state).</summary>
    public Task WhenFinishedAsync(string batchId) => Completion(batchId).Task;

    public void MarkFinished(string batchId) => Completion(batchId).TrySetResult();

    private TaskCompletionSource Completion(string batchId) =>
        _finished.GetOrAdd(batchId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
