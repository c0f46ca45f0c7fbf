using CivilityBot.Knowledge;
using Microsoft.Extensions.Options;

namespace CivilityBot.Checklists;

/// <summary>Computes progress from the campaign and the stored state; also the read side reminders use.</summary>
public sealed class ProgressCalculator(IPlan plan, IChecklistStore store, BureauClock clock)
    : IChecklistProgress
{
    public DateOnly Today => clock.Today;

    public ProgressReport Compute(string? personName)
    {
        var today = Today;
        var phase = PhaseStatus.Of(plan.Current, today);
        var items = Items(personName, store.All(), phase.IsLate(today));
        var categories = items.GroupBy(item => item.Indicator.Category).OrderBy(group => group.Key)
            .Select(group => (plan.Current.FindCategory(group.Key)!, ProgressFigures.Of(group))).ToList();
        var byIndicator = items.GroupBy(item => item.Indicator).OrderBy(group => group.Key.Number)
            .Select(group => (group.Key, ProgressFigures.Of(group))).ToList();
        var owners = items
            .SelectMany(item => item.Owners.Select(owner => owner.Person).Distinct().Select(person => (person, item)))
            .Where(pair => personName is null || pair.person == personName)
            .GroupBy(pair => pair.person, pair => pair.item)
            .Select(group => (group.Key, ProgressFigures.Of(group)))
            .OrderByDescending(pair => pair.Item2.Late).ThenByDescending(pair => pair.Item2.Total - pair.Item2.Done).ToList();
        return new ProgressReport(personName, today, phase, ProgressFigures.Of(items), categories, byIndicator, owners,
            [.. items.Where(item => !item.Done)])
        {
            Readings = items.SelectMany(item => item.Owners).GroupBy(owner => owner.Person)
                .Where(group => group.All(owner => owner.Inferred || owner.Reading is not null))
                .ToDictionary(group => group.Key, group => group.First()),
        };
    }

    public IReadOnlyList<OutstandingItem> OutstandingFor(string personName)
    {
        var items = Items(personName, store.All(), late: false);
        return [.. items.Where(item => !item.Done).Select(item => new OutstandingItem(
            item.Indicator.Number, item.Indicator.Title, item.SubCriterion.Id, item.SubCriterion.Text, item.Points))];
    }

    // Everyone's sub-criteria, or only those the person owns (item 8 splits between two owners).
    private List<ProgressItem> Items(string? personName, IReadOnlyDictionary<string, ChecklistItemState> states, bool late) =>
        [.. plan.Current.Indicators.OrderBy(indicator => indicator.Number).SelectMany(indicator => indicator.SubCriteria.Select(sub =>
        {
            var done = states.GetValueOrDefault(sub.Id)?.Done == true;
            return new ProgressItem(indicator, sub, done, late && !done) { Owners = plan.Current.OwnersOf(sub) };
        }))
        .Where(item => personName is null || item.Owners.Any(owner => owner.Person == PersonNames.Normalize(personName)))];
}
