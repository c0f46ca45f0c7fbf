using System.Globalization;
using CivilityBot.Cards.Model;
using CivilityBot.Cards.Plan;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>Builds the round cards: the preview of a new round (confirm / cancel), the started round, and the list of rounds.</summary>
public sealed class RoundCardComposer(RoundBook rounds, IRoundRecords records, BureauClock clock)
{
    /// <summary>Most report lines on a preview (the full list would be longer than anyone reads on a card).</summary>
    public const int MaxFindingLines = 25;

    /// <summary>The new round's phases and size, what will be archived with its figures, and the import's findings.</summary>
    public AdaptiveCard Preview(RoundDraft draft, Campaign next, IReadOnlyList<string> findings)
    {
        var active = rounds.Active;
        var activePlan = rounds.PlanOf(active.Id)!;
        var facts = new List<(string, string)> { ("新一轮", draft.Label), ("来源", RoundTexts.Source(draft.Origin, active.Label)) };
        facts.AddRange(next.Phases.Select(phase => (RoundTexts.PhaseLabel(phase), RoundTexts.PhaseDates(phase))));
        facts.Add(("计划", RoundTexts.Plan(next)));
        facts.Add(("将归档", RoundTexts.Archive(active.Label, records.Figures(active.Id, activePlan), rounds.ChangesOf(active.Id).Count)));
        var notes = findings.Take(MaxFindingLines).ToList();
        if (findings.Count > MaxFindingLines) notes.Add($"……另有{findings.Count - MaxFindingLines}处未列出。");
        notes.Add(RoundTexts.EvidenceKept);
        var data = new Dictionary<string, string>
        {
            [RoundFields.Draft] = draft.Id.ToString(CultureInfo.InvariantCulture),
            [RoundFields.Version] = draft.PlanVersion.ToString(CultureInfo.InvariantCulture),
        };
        return PlanCards.Build(new PlanCardModel(RoundTexts.PreviewTitle(draft.Origin), RoundTexts.PreviewSummary(draft.Label, active.Label), facts, notes,
            [new PlanCardButton(RoundTexts.Confirm, RoundVerbs.Confirm, data, Positive: true), new PlanCardButton(RoundTexts.Cancel, RoundVerbs.Cancel, data)]));
    }

    public AdaptiveCard Started(CampaignRound started, CampaignRound archived)
    {
        var plan = rounds.PlanOf(started.Id)!;
        return PlanCards.Build(new PlanCardModel(RoundTexts.StartedTitle(started.Label), RoundTexts.Started(started.Label, archived.Label),
            [.. plan.Phases.Select(phase => (RoundTexts.PhaseLabel(phase), RoundTexts.PhaseDates(phase)))], [],
            [LedgerButton(archived)]));
    }

    public static AdaptiveCard Cancelled() => PlanCards.Build(new PlanCardModel(RoundTexts.PreviewTitle(RoundOrigin.Copy), RoundTexts.Cancelled, [], [], []));

    /// <summary>Every round, newest first, with its dates, figures and archiving, and a ledger button for each.</summary>
    public AdaptiveCard List()
    {
        var all = rounds.Rounds;
        var lines = all.OrderByDescending(round => round.Id).Select(Line).ToList();
        return PlanCards.Build(new PlanCardModel(RoundTexts.ListTitle, RoundTexts.ListSummary(all.Count, rounds.Active.Label), [], lines,
            [.. all.OrderByDescending(round => round.Id).Take(5).Select(LedgerButton)]));
    }

    /// <summary>One line of the list, e.g. "第1轮 2023年（已归档，2026-11-30 20:05 北京时间 刘斌）：2023-07-01至2023-11-10；已完成 3/84 …".</summary>
    public string Line(CampaignRound round)
    {
        var plan = rounds.PlanOf(round.Id)!;
        var dates = plan.Phases.Count == 0 ? "无阶段" : $"{plan.Phases.Min(phase => phase.Start):yyyy-MM-dd}至{plan.Phases.Max(phase => phase.End):yyyy-MM-dd}";
        var when = round.ArchivedAt is { } at ? $"{clock.Format(at)} {clock.ZoneLabel} {round.ArchivedBy}" : null;
        return RoundTexts.RoundLine(round, dates, records.Figures(round.Id, plan), rounds.ChangesOf(round.Id).Count, when);
    }

    private static PlanCardButton LedgerButton(CampaignRound round) => new(RoundTexts.LedgerButton(round.Label), RoundVerbs.Ledger,
        new Dictionary<string, string> { [RoundFields.Round] = round.Id.ToString(CultureInfo.InvariantCulture) });
}
