namespace CivilityBot.Uploads;

/// <summary>
/// What an upload link grants: <see cref="PersonName"/> may send files for purpose <see cref="PurposeKey"/> and
/// <see cref="Target"/> (a sub-criterion id for evidence; empty for a staff list) until <see cref="ExpiresAt"/>.
/// </summary>
public sealed record UploadLink(string PurposeKey, string Target, string PersonName, DateTimeOffset ExpiresAt, string TokenHash);
