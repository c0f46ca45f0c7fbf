namespace ChecklistSaves;

/// <summary>What the workers observed; latencies are kept only for the measured window (after the warm-up).</summary>
internal sealed class Counters
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _latencies = new(200_000);
    private long _succeeded;
    private long _errors;

    public long Succeeded => Interlocked.Read(ref _succeeded);

    public long Errors => Interlocked.Read(ref _errors);

    public void Record(bool ok, bool measured, TimeSpan latency)
    {
        if (!ok)
        {
            Interlocked.Increment(ref _errors);
            return;
        }

        Interlocked.Increment(ref _succeeded);
        if (measured)
        {
            lock (_gate)
            {
                _latencies.Add(latency);
            }
        }
    }

    public List<TimeSpan> MeasuredLatencies()
    {
        lock (_gate)
        {
            return [.. _latencies.Order()];
        }
    }
}
