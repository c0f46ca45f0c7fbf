namespace CivilityBot.Evidence;

/// <summary>The <see cref="EvidenceAuditEntry.Action"/> values.</summary>
public static class EvidenceAuditActions
{
    public const string Upload = "upload";

    public const string Remove = "remove";

    public const string Review = "review";

    public const string Requirement = "requirement";
}
