namespace CivilityBot.Knowledge;

/// <summary>The notice that publishes the work plan (文号, date, issuing unit).</summary>
public sealed record CampaignDocument(
    string Unit,
    string Number,
    DateOnly Date,
    string Title,
    string? PlanTitle = null,
    string? Standard = null);
