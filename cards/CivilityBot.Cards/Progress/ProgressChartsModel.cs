namespace CivilityBot.Cards.Progress;

/// <summary>
/// The charts of a progress card: an overall gauge (its needle at the accepted count) and one stacked bar per
/// category. Every sub-criterion is in exactly one part: accepted, evidence complete (not yet accepted), ticked only,
/// late, open.
/// </summary>
public sealed record ProgressChartsModel(
    string GaugeTitle, ProgressBarModel Overall, string GaugeSubLabel, string GaugeFallback,
    string BarsTitle, IReadOnlyList<ProgressBarModel> Bars, ProgressLegends Legends);
