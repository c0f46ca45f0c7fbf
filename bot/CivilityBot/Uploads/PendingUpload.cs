namespace CivilityBot.Uploads;

/// <summary>
/// What the next file a person sends in personal chat is for: <see cref="Id"/> = roster name, the purpose key and target,
/// until <see cref="ExpiresAt"/>. Set by a command (导入名单, 上传佐证 16.1); one per person, the latest wins.
/// </summary>
public sealed record PendingUpload
{
    public required string Id { get; init; }

    public required string PurposeKey { get; init; }

    public string Target { get; init; } = "";

    public DateTimeOffset SetAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}
