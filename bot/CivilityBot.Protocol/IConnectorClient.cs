using CivilityBot.Protocol.Schema;

namespace CivilityBot.Protocol;

/// <summary>
/// The Bot Connector REST API (v3). Every failure, including an untrusted <c>serviceUrl</c>,
/// throws <see cref="ConnectorException"/>.
/// </summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(
        string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    Task<ConversationResourceResponse> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary>One page of members; pass the previous page's continuation token to get the next.</summary>
    Task<PagedMembersResult> GetPagedMembersAsync(
        string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);
}
