using CivilityBot.Knowledge.Rounds;
using CivilityBot.Storage;

namespace CivilityBot.Knowledge.Corrections;

/// <summary>
/// The plan as it stands: the active round's seed (round 1: the data file; a later round: the plan it began with) with
/// every stored, unreverted correction of that round applied in order. <see cref="Preview"/> changes nothing;
/// <see cref="Apply"/> stores and audits the change; <see cref="Revert"/> undoes one change and replays the rest;
/// <see cref="StartRound"/> archives the active round and makes another plan the seed. A change that no longer applies
/// after an earlier one is reverted is skipped and listed in <see cref="Skipped"/>. Thread-safe; readers see whole
/// snapshots. Without an <see cref="IRoundStore"/> there is only round 1. The snapshot is replayed again when another
/// instance recorded or reverted a change or started a round (<see cref="IStoreVersions"/>, name <see cref="StoreNames.Plan"/>).
/// </summary>
public sealed class PlanState(Campaign seed, IPlanStore store, TimeProvider time, IRoundStore? rounds = null, IStoreVersions? versions = null) : IPlan
{
    private readonly Lock _gate = new();
    private readonly IStoreVersions _versions = versions ?? new SingleProcessStoreVersions();
    private int _version;
    private long _storeVersion;

    /// <summary>The reason <see cref="Apply"/> gives when the plan changed after the preview.</summary>
    public const string StalePreview = "这份预览之后计划已有其他更正，预览已失效，请重新发送更正命令。";
    private Snapshot? _snapshot;

    private sealed record Snapshot(Campaign Campaign, IReadOnlyList<PlanChange> Skipped, CampaignRound Round);

    /// <summary>The campaign with the active corrections applied.</summary>
    public Campaign Current => Load().Campaign;

    /// <summary>The round the plan belongs to; every earlier round is archived.</summary>
    public CampaignRound ActiveRound => Load().Round;

    /// <summary>
    /// How many changes and reverts the store holds: the same after a restart, so a preview card made before one
    /// cannot match a plan that changed since.
    /// </summary>
    public int Version
    {
        get
        {
            _ = Load();
            return Volatile.Read(ref _version);
        }
    }

    /// <summary>The data file as loaded: the seed of round 1.</summary>
    public Campaign Seed => seed;

    /// <summary>Stored changes that could not be replayed on the current plan.</summary>
    public IReadOnlyList<PlanChange> Skipped => Load().Skipped;

    /// <summary>Every change of the active round, oldest first, for the audit view (who, when, old → new, reverted by whom).</summary>
    public IReadOnlyList<PlanChange> History => [.. store.Changes().Where(change => change.Id > ActiveRound.ChangesBefore)];

    /// <summary>Every stored change, oldest first, archived rounds' included (an archived round's are its ids ChangesBefore+1 … ChangesAfter).</summary>
    public IReadOnlyList<PlanChange> AllChanges => store.Changes();

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
            var snapshot = Load(); // loads the stored changes (and the version) on first use
            if (expectedVersion is { } expected && expected != _version) return CorrectionResult.Refused(StalePreview);
            var result = PlanCorrections.Apply(snapshot.Campaign, correction);
            if (result.Updated is null) return result;
            var stored = store.Record(new PlanChange
            {
                Kind = correction.Kind, Target = correction.Target, Value = correction.Value,
                Old = result.Old, New = result.New, ActorName = actorName, At = time.GetUtcNow(),
            });
            _snapshot = snapshot with { Campaign = result.Updated };
            Interlocked.Increment(ref _version);
            return result with { Change = stored };
        }
    }

    /// <summary>Reverts a change of the active round; false when there is no such active change (an archived round's are read-only).</summary>
    public bool Revert(int id, string actorName)
    {
        lock (_gate)
        {
            if (id <= Load().Round.ChangesBefore || !store.Revert(id, actorName, time.GetUtcNow())) return false;
            _snapshot = Replay();
            return true;
        }
    }

    /// <summary>
    /// Archives the active round (with the plan as it stands) and makes <paramref name="plan"/> the seed of the next, with
    /// no corrections; the round started, or null when the plan changed after <paramref name="expectedVersion"/> (a stale
    /// or twice-pressed preview). Throws <see cref="InvalidOperationException"/> without a round store.
    /// </summary>
    public CampaignRound? StartRound(Campaign plan, RoundOrigin origin, string label, string actorName, int expectedVersion)
    {
        var roundStore = rounds ?? throw new InvalidOperationException("No round store is registered.");
        lock (_gate)
        {
            var snapshot = Load();
            if (expectedVersion != _version) return null;
            var now = time.GetUtcNow();
            var changes = store.Changes().Count;
            var archived = snapshot.Round with
            {
                ArchivedAt = now, ArchivedBy = actorName, ArchivedPlanJson = RoundPlans.ToJson(snapshot.Campaign), ChangesAfter = changes,
            };
            CampaignRound started;
            try
            {
                started = roundStore.Start(archived, new CampaignRound
                {
                    Label = label, Origin = origin, StartedAt = now, StartedBy = actorName, PlanJson = RoundPlans.ToJson(plan), ChangesBefore = changes,
                });
            }
            catch (InvalidOperationException)
            {
                // Another instance started a round after this one last read the plan: the preview is stale.
                _snapshot = Replay();
                return null;
            }

            _snapshot = Replay();
            return started;
        }
    }

    /// <summary>Every round, oldest first; the last is active. Round 1 (the data file) is listed even before a second exists.</summary>
    public IReadOnlyList<CampaignRound> Rounds()
    {
        var stored = rounds?.Rounds() ?? [];
        return stored.Count == 0 ? [CampaignRound.First(seed)] : stored;
    }

    // Read on every turn (and by every checklist store call): a snapshot is immutable and replaced whole under the lock,
    // so a reader only takes the lock to load the first one or after another instance changed the plan.
    private Snapshot Load()
    {
        var storeVersion = _versions.Current(StoreNames.Plan);
        if (storeVersion == Interlocked.Read(ref _storeVersion) && Volatile.Read(ref _snapshot) is { } snapshot) return snapshot;
        lock (_gate)
        {
            if (storeVersion != _storeVersion)
            {
                _snapshot = null;
                Interlocked.Exchange(ref _storeVersion, storeVersion);
            }

            return _snapshot ??= Replay();
        }
    }

    private Snapshot Replay()
    {
        var all = Rounds();
        var round = all[^1];
        var campaign = round.PlanJson is { } json ? RoundPlans.FromJson(json) : seed;
        var skipped = new List<PlanChange>();
        var changes = store.Changes();
        // Each change, each revert and each new round moves the version on, so a preview made before any of them is stale.
        Volatile.Write(ref _version, changes.Count + changes.Count(change => change.RevertedAt is not null) + all.Count - 1);
        foreach (var change in changes.Where(change => change.RevertedAt is null && change.Id > round.ChangesBefore))
        {
            if (PlanCorrections.Apply(campaign, change.Correction).Updated is { } updated) campaign = updated;
            else skipped.Add(change);
        }

        return new Snapshot(campaign, skipped, round);
    }
}
