using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CivilityBot.Checklists;

/// <summary>
/// What a checklist card showed for one sub-criterion: its indicator, the done state and evidence (as a short hash)
/// and both field revisions. Sent back on save to tell what the user changed and whether the card is stale.
/// </summary>
public sealed record SeenToken(int IndicatorNumber, bool Done, int DoneRevision, int EvidenceRevision, string EvidenceHash)
{
    public static SeenToken Of(ChecklistItemState state) =>
        new(state.IndicatorNumber, state.Done, state.DoneRevision, state.EvidenceRevision, Hash(state.Evidence));

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{IndicatorNumber}|{(Done ? 1 : 0)}|{DoneRevision}|{EvidenceRevision}|{EvidenceHash}");

    public static SeenToken? Parse(string? text)
    {
        var parts = text?.Split('|');
        if (parts is not { Length: 5 } || !TryInt(parts[0], out var indicator) || parts[1] is not ("0" or "1")
            || !TryInt(parts[2], out var doneRevision) || !TryInt(parts[3], out var evidenceRevision) || parts[4].Length != 8)
        {
            return null;
        }

        return new SeenToken(indicator, parts[1] == "1", doneRevision, evidenceRevision, parts[4]);
    }

    /// <summary>The first 8 hex digits of SHA-256 of the normalized evidence; enough to notice an edit.</summary>
    public static string Hash(string? evidence)
    {
        var normalized = ChecklistMerge.NormalizeEvidence(evidence) ?? string.Empty;
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized), digest);
        return Convert.ToHexStringLower(digest[..4]);
    }

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value < 1_000_000_000;
}
