using CivilityBot.Storage;

namespace CivilityBot.Knowledge.Corrections;

/// <summary>
/// The plan as it stands: the seed campaign (the data file) with every stored, unreverted correction applied in order.
/// <see cref="Preview"/> changes nothing; <see cref="Apply"/> stores and audits the change; <see cref="Revert"/> undoes
/// one change and replays the rest. A change that no longer applies after an earlier one is reverted is skipped and
/// listed in <see cref="Skipped"/>. Thread-safe; readers see whole snapshots.
/// </summary>
public sealed class PlanState(Campaign seed, IPlanStore store, TimeProvider time, IStoreVersions? versions = null) : IPlan
{
    private readonly Lock _gate = new();
    private readonly IStoreVersions _versions = versions ?? new SingleProcessStoreVersions();
    private int _version;
    private long _storeVersion;

    /// <summary>The reason <see cref="Apply"/> gives when the plan changed after the preview.</summary>
    public const string StalePreview = "这份预览之后计划已有其他更正，预览已失效，请重新发送更正命令。";
    private (Campaign Campaign, IReadOnlyList<PlanChange> Skipped)? _snapshot;

    /// <summary>The campaign with the active corrections applied.</summary>
    public Campaign Current => Snapshot().Campaign;

    /// <summary>
    /// How many changes and reverts the store holds: the same after a restart, so a preview card made before one
    /// cannot match a plan that changed since.
    /// </summary>
    public int Version
    {
        get
        {
            _ = Snapshot();
            return Volatile.Read(ref _version);
        }
    }

    /// <summary>The data file as loaded: the seed every correction is replayed on.</summary>
    public Campaign Seed => seed;

    /// <summary>Stored changes that could not be replayed on the current plan.</summary>
    public IReadOnlyList<PlanChange> Skipped => Snapshot().Skipped;

    /// <summary>Every change, oldest first, for the audit view (who, when, old → new, reverted by whom).</summary>
    public IReadOnlyList<PlanChange> History => store.Changes();

    public CorrectionResult Preview(PlanCorrection correction) => PlanCorrections.Apply(Current, correction);

    /// <summary>
    /// Applies and records the correction, or returns the reason it cannot apply (nothing stored). With
    /// <paramref name="expectedVersion"/> (the version a preview was made on) it applies only if no other change landed
    /// since, checked under the same lock as the write, so two presses of one preview apply it once.
    /// </summary>
    public CorrectionResult Apply(PlanCorrection correction, string actorName, int? expectedVersion = null)
    {
        lock (_gate)
        {
            _ = Snapshot(); // loads the stored changes (and the version) on first use
            if (expectedVersion is { } expected && expected != _version) return CorrectionResult.Refused(StalePreview);
            var result = PlanCorrections.Apply(Current, correction);
            if (result.Updated is null) return result;
            var stored = store.Record(new PlanChange
            {
                Kind = correction.Kind, Target = correction.Target, Value = correction.Value,
                Old = result.Old, New = result.New, ActorName = actorName, At = time.GetUtcNow(),
            });
            _snapshot = (result.Updated, Skipped);
            Interlocked.Increment(ref _version);
            return result with { Change = stored };
        }
    }

    /// <summary>Reverts a change; false when there is no such active change.</summary>
    public bool Revert(int id, string actorName)
    {
        lock (_gate)
        {
            if (!store.Revert(id, actorName, time.GetUtcNow())) return false;
            _snapshot = Replay();
            return true;
        }
    }

    /// <summary>The plan as stored: replayed again when another instance recorded or reverted a change (<see cref="IStoreVersions"/>).</summary>
    private (Campaign Campaign, IReadOnlyList<PlanChange> Skipped) Snapshot()
    {
        var storeVersion = _versions.Current(StoreNames.Plan);
        lock (_gate)
        {
            if (storeVersion != _storeVersion)
            {
                (_snapshot, _storeVersion) = (null, storeVersion);
            }

            return _snapshot ??= Replay();
        }
    }

    private (Campaign, IReadOnlyList<PlanChange>) Replay()
    {
        var campaign = seed;
        var skipped = new List<PlanChange>();
        var changes = store.Changes();
        Volatile.Write(ref _version, changes.Count + changes.Count(change => change.RevertedAt is not null));
        foreach (var change in changes.Where(change => change.RevertedAt is null))
        {
            if (PlanCorrections.Apply(campaign, change.Correction).Updated is { } updated) campaign = updated;
            else skipped.Add(change);
        }

        return (campaign, skipped);
    }
}
