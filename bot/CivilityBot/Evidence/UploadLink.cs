namespace CivilityBot.Evidence;

/// <summary>What an upload link grants: <see cref="PersonName"/> may add files to <see cref="SubCriterionId"/> until <see cref="ExpiresAt"/>.</summary>
public sealed record UploadLink(string SubCriterionId, string PersonName, DateTimeOffset ExpiresAt, string TokenHash);
