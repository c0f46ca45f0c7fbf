using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>The sub-criteria of one indicator that appear on one page (all of them unless the indicator is split).</summary>
public sealed record ChecklistPageSection(Indicator Indicator, IReadOnlyList<SubCriterion> Items);
