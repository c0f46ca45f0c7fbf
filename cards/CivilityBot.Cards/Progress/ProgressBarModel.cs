namespace CivilityBot.Cards.Progress;

/// <summary>One category's bar: how many sub-criteria are in each part (they add up to the category's total).</summary>
public sealed record ProgressBarModel(string Title, int Accepted, int Complete, int TickedOnly, int Late, int Open)
{
    public int Total => Accepted + Complete + TickedOnly + Late + Open;
}
