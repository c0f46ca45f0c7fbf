namespace CivilityBot.Cards.Plan;

/// <summary>
/// A plan correction card: a preview (old → new, confirm / cancel), a confirmation (change number, revert) or the
/// list of corrections. <see cref="Facts"/> are label/value rows; <see cref="Notes"/> are smaller lines below them.
/// </summary>
public sealed record PlanCardModel(
    string Title,
    string Summary,
    IReadOnlyList<(string Label, string Value)> Facts,
    IReadOnlyList<string> Notes,
    IReadOnlyList<PlanCardButton> Buttons);
