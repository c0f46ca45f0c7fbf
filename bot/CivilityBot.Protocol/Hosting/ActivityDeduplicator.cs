using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CivilityBot.Protocol.Hosting;

/// <summary>
/// Runs each activity (by channel, conversation and activity id) once per window; a repeat, even one arriving while
/// the first is still running, gets the first one's answer. Entries sit in a fixed ring in arrival order (so expiry
/// and the capacity bound are O(1) walks from the oldest) and are keyed by a 128-bit digest of the ids: a finished
/// entry keeps no per-entry objects except its JSON body, which keeps garbage collection pauses short under load.
/// </summary>
internal sealed class ActivityDeduplicator
{
    private const int MaxStackKeyBytes = 512;
    private readonly Lock gate = new();
    private readonly Dictionary<UInt128, int> slotByKey;
    private readonly Slot[] slots;
    private readonly TimeProvider time;
    private readonly long windowTicks;
    private int oldest;
    private int count;

    public ActivityDeduplicator(IOptions<BotOptions> options, TimeProvider time)
    {
        this.time = time;
        windowTicks = options.Value.DeduplicationWindow.Ticks;
        var capacity = Math.Max(1, options.Value.DeduplicationCapacity);
        slots = new Slot[capacity];
        slotByKey = new Dictionary<UInt128, int>(capacity);
    }

    public bool IsEnabled => windowTicks > 0;

    internal int Count
    {
        get
        {
            lock (gate)
            {
                return slotByKey.Count;
            }
        }
    }

    public static UInt128 KeyOf(string? channelId, string? conversationId, string activityId)
    {
        var text = string.Concat(channelId, "\u001f", conversationId, "\u001f", activityId);
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = length > MaxStackKeyBytes ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> bytes = rented ?? stackalloc byte[MaxStackKeyBytes];
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes[..Encoding.UTF8.GetBytes(text, bytes)], digest);
            return MemoryMarshal.Read<UInt128>(digest);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The answer of the first delivery of <paramref name="key"/> within the window, running <paramref name="run"/> only for that one.</summary>
    public Task<TurnOutcome> RunOnceAsync<TState>(UInt128 key, TState state, Func<TState, Task<TurnOutcome>> run)
    {
        var completion = new TaskCompletionSource<TurnOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            var now = time.GetUtcNow().UtcTicks;
            EvictExpired(now);
            if (slotByKey.TryGetValue(key, out var index))
            {
                return slots[index].Answer();
            }

            Add(new Slot(key, now + windowTicks, completion.Task));
        }

        _ = CompleteAsync(key, completion, state, run);
        return completion.Task;
    }

    private async Task CompleteAsync<TState>(
        UInt128 key, TaskCompletionSource<TurnOutcome> completion, TState state, Func<TState, Task<TurnOutcome>> run)
    {
        try
        {
            var outcome = await run(state);
            Settle(key, completion.Task, outcome);
            completion.TrySetResult(outcome);
        }
        catch (Exception ex)
        {
            // Nothing was answered, so let a redelivery run the turn again.
            Settle(key, completion.Task, null);
            completion.TrySetException(ex);
        }
    }

    private void Settle(UInt128 key, Task<TurnOutcome> pending, TurnOutcome? outcome)
    {
        lock (gate)
        {
            if (!slotByKey.TryGetValue(key, out var index) || slots[index].Pending != pending)
            {
                return;
            }

            if (outcome is null)
            {
                slotByKey.Remove(key);
                slots[index] = default;
            }
            else
            {
                slots[index] = slots[index] with { Pending = null, StatusCode = outcome.StatusCode, Body = outcome.JsonBody };
            }
        }
    }

    private void Add(Slot slot)
    {
        if (count == slots.Length)
        {
            EvictOldest();
        }

        var index = (oldest + count) % slots.Length;
        slots[index] = slot;
        slotByKey[slot.Key] = index;
        count++;
    }

    private void EvictExpired(long now)
    {
        while (count > 0 && slots[oldest].ExpiresAtTicks <= now)
        {
            EvictOldest();
        }
    }

    private void EvictOldest()
    {
        ref var slot = ref slots[oldest];
        if (slot.ExpiresAtTicks != 0 && slotByKey.TryGetValue(slot.Key, out var index) && index == oldest)
        {
            slotByKey.Remove(slot.Key);
        }

        slot = default;
        oldest = (oldest + 1) % slots.Length;
        count--;
    }

    private readonly record struct Slot(UInt128 Key, long ExpiresAtTicks, Task<TurnOutcome>? Pending)
    {
        public int StatusCode { get; init; }

        public byte[]? Body { get; init; }

        public Task<TurnOutcome> Answer() => Pending ?? Task.FromResult(TurnOutcome.From(StatusCode, Body));
    }
}
