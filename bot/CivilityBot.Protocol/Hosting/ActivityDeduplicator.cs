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
/// Memory is bounded twice: at most <see cref="BotOptions.DeduplicationCapacity"/> entries, and their answer bodies
/// together at most <see cref="BotOptions.DeduplicationMaxBytes"/> (oldest forgotten first; an answer larger than the
/// whole budget is not remembered). Ids longer than <see cref="MaxKeyChars"/> in total are not de-duplicated.
/// </summary>
internal sealed class ActivityDeduplicator
{
    /// <summary>Longest channel id + conversation id + activity id (UTF-16 chars) that is de-duplicated; Teams' are under 200.</summary>
    public const int MaxKeyChars = 1024;

    private readonly Lock gate = new();
    private readonly Dictionary<UInt128, int> slotByKey;
    private readonly Slot[] slots;
    private readonly TimeProvider time;
    private readonly long windowTicks;
    private readonly long maxBytes;
    private int oldest;
    private int count;
    private long heldBytes;

    public ActivityDeduplicator(IOptions<BotOptions> options, TimeProvider time)
    {
        this.time = time;
        windowTicks = options.Value.DeduplicationWindow.Ticks;
        maxBytes = Math.Max(1, options.Value.DeduplicationMaxBytes);
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

    /// <summary>Total bytes of the answer bodies remembered now (for tests and diagnostics).</summary>
    internal long HeldBytes
    {
        get
        {
            lock (gate)
            {
                return heldBytes;
            }
        }
    }

    /// <summary>
    /// The 128-bit key of an activity, or false when the ids together are longer than <see cref="MaxKeyChars"/>
    /// (such an activity is not de-duplicated, so a hostile id costs no hashing or memory here).
    /// </summary>
    public static bool TryKeyOf(string? channelId, string? conversationId, string activityId, out UInt128 key)
    {
        var length = (channelId?.Length ?? 0) + (conversationId?.Length ?? 0) + activityId.Length + 2;
        if (length > MaxKeyChars + 2)
        {
            key = default;
            return false;
        }

        var text = string.Concat(channelId, "\u001f", conversationId, "\u001f", activityId);
        Span<byte> bytes = stackalloc byte[Encoding.UTF8.GetMaxByteCount(MaxKeyChars + 2)];
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..Encoding.UTF8.GetBytes(text, bytes)], digest);
        key = MemoryMarshal.Read<UInt128>(digest);
        return true;
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

            // Nothing answered, or an answer too big for the whole budget: forget it (a redelivery runs again).
            if (outcome is null || outcome.JsonBody?.Length > maxBytes)
            {
                slotByKey.Remove(key);
                slots[index] = default;
                return;
            }

            slots[index] = slots[index] with { Pending = null, StatusCode = outcome.StatusCode, Body = outcome.JsonBody };
            heldBytes += outcome.JsonBody?.Length ?? 0;
            while (heldBytes > maxBytes && count > 0)
            {
                EvictOldest();
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

        heldBytes -= slot.Body?.Length ?? 0;
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
