using CivilityBot.Protocol.Schema;

namespace CivilityBot.Protocol;

public static class ConnectorClientExtensions
{
    /// <summary>Every member of a conversation, following continuation tokens until the last page.</summary>
    public static async Task<List<ChannelAccount>> GetAllMembersAsync(
        this IConnectorClient connector, string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var members = new List<ChannelAccount>();
        string? continuationToken = null;
        do
        {
            var page = await connector.GetPagedMembersAsync(serviceUrl, conversationId, 500, continuationToken, cancellationToken);
            members.AddRange(page.Members ?? []);
            continuationToken = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuationToken));

        return members;
    }
}
