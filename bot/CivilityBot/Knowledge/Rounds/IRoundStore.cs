namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// The campaign rounds and the previews of new ones. Empty until a second round starts: round 1 (the campaign file) is
/// implicit until then. Rounds are never deleted; an archived round is never changed again.
/// </summary>
public interface IRoundStore
{
    /// <summary>Every stored round, oldest first; the last one is active, the others archived. Empty: only round 1, implicit.</summary>
    IReadOnlyList<CampaignRound> Rounds();

    /// <summary>
    /// In one transaction: stores <paramref name="archived"/> (the active round with its archive fields set; inserted
    /// when it is the implicit round 1, else replaced) and inserts <paramref name="next"/> with the next id, which is
    /// returned as stored. Throws <see cref="InvalidOperationException"/> when <paramref name="archived"/> is not the
    /// active round (another round started in between).
    /// </summary>
    CampaignRound Start(CampaignRound archived, CampaignRound next);

    /// <summary>Stores a preview with the next draft id and returns it as stored.</summary>
    RoundDraft SaveDraft(RoundDraft draft);

    /// <summary>The preview with this id, or null.</summary>
    RoundDraft? FindDraft(int id);
}
