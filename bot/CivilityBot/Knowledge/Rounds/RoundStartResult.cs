namespace CivilityBot.Knowledge.Rounds;

/// <summary>The round a confirmation started, or the Chinese reason nothing started (a stale preview, an unknown draft).</summary>
public sealed record RoundStartResult(CampaignRound? Started, CampaignRound? Archived, string? Problem);
