namespace CivilityBot.Protocol.Schema;

/// <summary>One page of conversation members; absent <see cref="ContinuationToken"/> means the last page.</summary>
public sealed class PagedMembersResult
{
    public string? ContinuationToken { get; set; }

    public List<ChannelAccount>? Members { get; set; }
}
