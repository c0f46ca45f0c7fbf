using CivilityBot.Knowledge.Corrections;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// Campaign rounds as coordinators work with them: a new round is first a stored preview (a copy with new dates, or an
/// imported task breakdown table), and only its confirmation archives the active round and starts the new one. Any
/// round's plan can be read back: the active one as it stands, an archived one as it stood when it was archived.
/// </summary>
public sealed class RoundBook(PlanState plan, IRoundStore store, TimeProvider time)
{
    /// <summary>Every round, oldest first; the last is active.</summary>
    public IReadOnlyList<CampaignRound> Rounds => plan.Rounds();

    public CampaignRound Active => plan.ActiveRound;

    /// <summary>A copy of the active plan with the dates written in <paramref name="datesText"/>, stored as a preview.</summary>
    public (RoundDraft? Draft, Campaign? Plan, string? Problem) PreviewCopy(string datesText, string actorName)
    {
        var version = plan.Version;
        var current = plan.Current;
        var (dates, problem) = RoundDates.Read(current, datesText);
        if (dates is null) return (null, null, problem);
        Campaign copy;
        try
        {
            copy = RoundCopy.WithDates(current, dates);
        }
        catch (CampaignDataException exception)
        {
            return (null, null, exception.Message);
        }

        return (Save(RoundOrigin.Copy, copy, actorName, version), copy, null);
    }

    /// <summary>An imported plan, with the phase dates in <paramref name="datesText"/> when given, stored as a preview.</summary>
    public (RoundDraft? Draft, Campaign? Plan, string? Problem) PreviewImport(Campaign imported, string datesText, string actorName, int version)
    {
        if (string.IsNullOrWhiteSpace(datesText)) return (Save(RoundOrigin.Import, imported, actorName, version), imported, null);
        var (dates, problem) = RoundDates.Read(imported, datesText);
        if (dates is null) return (null, null, problem);
        try
        {
            var dated = RoundCopy.WithDates(imported, dates);
            return (Save(RoundOrigin.Import, dated, actorName, version), dated, null);
        }
        catch (CampaignDataException exception)
        {
            return (null, null, exception.Message);
        }
    }

    /// <summary>Starts the previewed round if the plan has not changed since the preview; archives the active round.</summary>
    public RoundStartResult Start(int draftId, int version, string actorName)
    {
        if (store.FindDraft(draftId) is not { } draft || draft.PlanVersion != version) return new(null, null, RoundTexts.NotAPreview);
        var archived = plan.ActiveRound;
        var started = plan.StartRound(RoundPlans.FromJson(draft.PlanJson), draft.Origin, draft.Label, actorName, version);
        return started is null ? new(null, null, RoundTexts.Stale) : new(started, Rounds.First(round => round.Id == archived.Id), null);
    }

    /// <summary>The plan of round <paramref name="roundId"/>: as it stands for the active round, as archived for the others; null for no such round.</summary>
    public Campaign? PlanOf(int roundId)
    {
        var round = Rounds.FirstOrDefault(item => item.Id == roundId);
        if (round is null) return null;
        if (round.Id == Active.Id) return plan.Current;
        return RoundPlans.FromJson(round.ArchivedPlanJson ?? round.PlanJson ?? RoundPlans.ToJson(plan.Seed));
    }

    /// <summary>The corrections made during round <paramref name="roundId"/>, oldest first.</summary>
    public IReadOnlyList<PlanChange> ChangesOf(int roundId)
    {
        var round = Rounds.FirstOrDefault(item => item.Id == roundId);
        if (round is null) return [];
        var last = round.ChangesAfter ?? int.MaxValue;
        return [.. plan.AllChanges.Where(change => change.Id > round.ChangesBefore && change.Id <= last)];
    }

    /// <summary>The rounds whose label starts with the year ("2023" → 2023年), newest first.</summary>
    public IReadOnlyList<CampaignRound> OfYear(string year) =>
        [.. Rounds.Where(round => round.Label.StartsWith(year + "年", StringComparison.Ordinal)).OrderByDescending(round => round.Id)];

    private RoundDraft Save(RoundOrigin origin, Campaign campaign, string actorName, int version) => store.SaveDraft(new RoundDraft
    {
        Origin = origin,
        Label = RoundLabels.Unique(campaign, Rounds, Rounds.Count + 1),
        PlanJson = RoundPlans.ToJson(campaign),
        CreatedBy = actorName,
        CreatedAt = time.GetUtcNow(),
        PlanVersion = version,
    });
}
