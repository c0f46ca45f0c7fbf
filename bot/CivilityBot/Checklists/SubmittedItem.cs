namespace CivilityBot.Checklists;

/// <summary>One sub-criterion as a card sent it back: what the card showed and the input values, all unchecked.</summary>
public sealed record SubmittedItem(string Id, string? Seen, string? Done, string? Evidence);
