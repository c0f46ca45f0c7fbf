using System.Text.Json;
using CivilityBot.Conversations;
using CivilityBot.People;
using CivilityBot.Protocol.Schema;
using CivilityBot.Protocol;
using Microsoft.Extensions.Options;

namespace CivilityBot.Outreach;

/// <summary>
/// Reaches a roster person outside a turn: their personal chat with the bot when stored, else a new 1:1 chat
/// created from any stored reference of theirs (when Teams refuses that chat with 403/404 and Graph can install apps, the
/// bot is installed for them instead). Failures become results with a code and a Chinese reason. Pacing
/// happens in the connector's HTTP pipeline (the protocol layer), so retries are paced too. A send whose outcome is
/// unknown (Teams did not answer after the message left) is a Failed result with <see cref="ErrorCodes.OutcomeUnknown"/>,
/// never retried here.
/// <para>
/// A person linked to an Entra account who never opened the bot is reached by installing it for them first (with Graph
/// on, <see cref="IAppInstaller"/>). That happens here, at send time in the outbox dispatcher, not when the preview is
/// built: a preview answers within the turn, while installing 30 people is 90 Graph calls that may be throttled for
/// minutes; the dispatcher already runs in the background with bounded parallelism, records every outcome, resumes after
/// a restart and reports on the status card. The preview says who will be installed first and who cannot be.
/// </para>
/// </summary>
public sealed partial class ProactiveMessenger(
    IPeopleDirectory people,
    ConversationReferences references,
    IConnectorClient connector,
    IAppInstaller installer,
    IDirectoryRecordStore directory,
    IConversationReferenceStore referenceStore,
    IOptions<BotOptions> botOptions,
    TimeProvider time,
    ILogger<ProactiveMessenger> logger) : IProactiveMessenger
{
    private const string PersonalConversation = "personal";

    public Reachability CheckReachability(string personName) => FindRoute(personName).Reachability;

    public async Task<DeliveryResult> SendAsync(string personName, Activity activity, CancellationToken cancellationToken)
    {
        var route = FindRoute(personName);
        if (!route.Reachability.CanReach)
        {
            return new DeliveryResult(DeliveryState.Unreachable, null, route.Reachability.ReasonCode, route.Reachability.Reason);
        }

        try
        {
            if (route.InstallFor is { } aadObjectId)
            {
                var (installed, refused) = await InstallAsync(personName, aadObjectId, cancellationToken);
                if (refused is not null)
                {
                    return refused;
                }

                route = ProactiveRoute.Stored(installed!);
            }

            if (route.NewChat is { } chat)
            {
                var (created, refused) = await CreateOrInstallAsync(personName, chat, cancellationToken);
                if (refused is not null)
                {
                    return refused;
                }

                route = ProactiveRoute.Stored(created!);
            }

            var reference = route.Existing!;
            var sent = await SendToAsync(reference, activity, cancellationToken);
            return new DeliveryResult(DeliveryState.Sent, sent.Id, null, null, reference.ConversationId);
        }
        catch (ConnectorException exception)
        {
            LogSendFailed(logger, personName, exception.StatusCode, exception.ErrorCode, exception.SubCode);
            if (exception.IsMessageWritesBlocked && route.Existing is { } blocked)
            {
                references.MarkBlocked(blocked, time.GetUtcNow());
            }

            return Classify(exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogSendError(logger, exception, personName);
            return new DeliveryResult(DeliveryState.Failed, null, ErrorCodes.OutcomeUnknown, ProactiveReasons.OutcomeUnknown);
        }
    }

    /// <summary>The route <see cref="SendAsync"/> would take; public so previews and tests can explain it.</summary>
    public ProactiveRoute FindRoute(string personName)
    {
        var link = people.FindLink(personName);
        if (link is null || (string.IsNullOrEmpty(link.AadObjectId) && string.IsNullOrEmpty(link.TeamsUserId)))
        {
            return directory.Find(personName) is { IsUnmatched: true, Reason: { } reason } && installer.IsAvailable
                ? ProactiveRoute.None(ProactiveReasons.NotInDirectoryCode, reason)
                : ProactiveRoute.None(ProactiveReasons.NotLinkedCode, ProactiveReasons.NotLinked);
        }

        var known = KnownReferences(link);
        var personal = known.FirstOrDefault(r => r.IsPersonal);
        if (personal is { IsBlocked: true })
        {
            return ProactiveRoute.None(ProactiveReasons.BlockedCode, ProactiveReasons.Blocked);
        }

        if (personal is not null)
        {
            return ProactiveRoute.Stored(personal);
        }

        if (NewChatFor(link, known) is { } chat)
        {
            return ProactiveRoute.Create(chat);
        }

        return installer.IsAvailable && !string.IsNullOrEmpty(link.AadObjectId)
            ? ProactiveRoute.Install(link.AadObjectId)
            : ProactiveRoute.None(ProactiveReasons.NotInstalledCode, ProactiveReasons.NotInstalled);
    }

    /// <summary>
    /// Installs the bot for the person and stores the chat Graph names as their personal conversation, addressed through
    /// a verified service URL seen before, else the cloud's global one (21Vianet has none).
    /// </summary>
    private async Task<(ConversationReferenceRecord? Reference, DeliveryResult? Refused)> InstallAsync(
        string personName, string aadObjectId, CancellationToken cancellationToken)
    {
        var verified = referenceStore.VerifiedServiceUrls() is [var seen, ..] ? seen : null;
        var serviceUrl = verified ?? botOptions.Value.ResolveEndpoints().GlobalServiceUrl;
        if (string.IsNullOrEmpty(serviceUrl))
        {
            return (null, Unreachable(ProactiveReasons.NoServiceUrlCode, ProactiveReasons.NoServiceUrl));
        }

        var outcome = await installer.InstallAsync(personName, aadObjectId, cancellationToken);
        if (!outcome.Succeeded)
        {
            return (null, Unreachable(ProactiveReasons.InstallRefusedCode, "自动安装机器人未成功：" + outcome.Reason));
        }

        var reference = new ConversationReferenceRecord
        {
            Id = ConversationReferenceRecord.KeyFor(outcome.ChatId!, aadObjectId),
            UserId = aadObjectId,
            AadObjectId = aadObjectId,
            UserName = personName,
            ConversationId = outcome.ChatId!,
            ConversationType = PersonalConversation,
            ServiceUrl = serviceUrl,
            ServiceUrlVerified = verified is not null,
            TenantId = people.FindLink(personName)?.TenantId ?? botOptions.Value.MicrosoftAppTenantId,
            ChannelId = "msteams",
            BotId = DefaultBotId(),
            UpdatedAt = time.GetUtcNow(),
        };
        references.Add(reference);
        return (reference, null);
    }

    private List<ConversationReferenceRecord> KnownReferences(PersonLink link)
    {
        var found = new List<ConversationReferenceRecord>();
        if (!string.IsNullOrEmpty(link.AadObjectId))
        {
            found.AddRange(references.FindByAadObjectId(link.AadObjectId));
        }

        if (!string.IsNullOrEmpty(link.TeamsUserId))
        {
            found.AddRange(references.FindByUserId(link.TeamsUserId));
        }

        return found.DistinctBy(r => r.Id)
            .OrderByDescending(r => r.IsPersonal).ThenByDescending(r => r.UpdatedAt).ToList();
    }

    private ProactiveNewChat? NewChatFor(PersonLink link, List<ConversationReferenceRecord> known)
    {
        var source = known.FirstOrDefault();
        var userId = link.TeamsUserId ?? source?.UserId;
        var tenantId = link.TenantId ?? known.Select(r => r.TenantId).FirstOrDefault(t => !string.IsNullOrEmpty(t));
        var botId = source?.BotId ?? DefaultBotId();
        if (source is null || string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(tenantId) || string.IsNullOrEmpty(botId))
        {
            return null;
        }

        return new ProactiveNewChat(userId, link.AadObjectId, source.UserName, botId, tenantId, source.ServiceUrl, source.ServiceUrlVerified);
    }

    private string? DefaultBotId() =>
        string.IsNullOrWhiteSpace(botOptions.Value.MicrosoftAppId) ? null : "28:" + botOptions.Value.MicrosoftAppId;

    /// <summary>
    /// Creates the 1:1 chat; when Teams refuses it with 403 or 404 (the person has not installed the bot and shares no team
    /// with it, e.g. they were only seen in a group chat) and Graph can install apps, installs the bot for them instead.
    /// </summary>
    private async Task<(ConversationReferenceRecord? Reference, DeliveryResult? Refused)> CreateOrInstallAsync(
        string personName, ProactiveNewChat chat, CancellationToken cancellationToken)
    {
        try
        {
            return (await CreateChatAsync(chat, cancellationToken), null);
        }
        catch (ConnectorException exception) when (exception.StatusCode is 403 or 404 && installer.IsAvailable && chat.AadObjectId is { Length: > 0 } aadObjectId)
        {
            LogInstallingAfterRefusal(logger, personName, exception.StatusCode, exception.ErrorCode);
            return await InstallAsync(personName, aadObjectId, cancellationToken);
        }
    }

    private async Task<ConversationReferenceRecord> CreateChatAsync(ProactiveNewChat chat, CancellationToken cancellationToken)
    {
        var created = await connector.CreateConversationAsync(chat.ServiceUrl, NewChatParameters(chat), cancellationToken);
        if (string.IsNullOrEmpty(created.Id))
        {
            throw new ConnectorException(0, null, "The connector created a conversation without an id.");
        }

        var reference = new ConversationReferenceRecord
        {
            Id = ConversationReferenceRecord.KeyFor(created.Id, chat.UserId),
            UserId = chat.UserId,
            AadObjectId = chat.AadObjectId,
            UserName = chat.UserName,
            ConversationId = created.Id,
            ConversationType = PersonalConversation,
            ServiceUrl = created.ServiceUrl ?? chat.ServiceUrl,
            ServiceUrlVerified = chat.ServiceUrlVerified,
            TenantId = chat.TenantId,
            ChannelId = "msteams",
            BotId = chat.BotId,
            UpdatedAt = time.GetUtcNow(),
        };
        references.Add(reference);
        return reference;
    }

    private static ConversationParameters NewChatParameters(ProactiveNewChat chat) => new()
    {
        IsGroup = false,
        Bot = new ChannelAccount { Id = chat.BotId },
        Members = [new ChannelAccount { Id = chat.UserId }],
        TenantId = chat.TenantId,
        ChannelData = JsonSerializer.SerializeToElement(
            new Dictionary<string, Dictionary<string, string>> { ["tenant"] = new() { ["id"] = chat.TenantId } }),
    };

    private async Task<ResourceResponse> SendToAsync(
        ConversationReferenceRecord reference, Activity activity, CancellationToken cancellationToken)
    {
        return await connector.SendToConversationAsync(
            reference.ServiceUrl, reference.ConversationId, Addressed(activity, reference), cancellationToken);
    }

    /// <summary>A copy addressed to the reference, so one activity can be sent to many people in parallel.</summary>
    private static Activity Addressed(Activity source, ConversationReferenceRecord reference) => new()
    {
        Type = source.Type ?? ActivityTypes.Message,
        Text = source.Text,
        TextFormat = source.TextFormat,
        Summary = source.Summary,
        Locale = source.Locale,
        Attachments = source.Attachments,
        Entities = source.Entities,
        Value = source.Value,
        ChannelData = source.ChannelData,
        Properties = source.Properties,
        ServiceUrl = reference.ServiceUrl,
        ChannelId = reference.ChannelId ?? "msteams",
        From = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
        Recipient = new ChannelAccount { Id = reference.UserId, Name = reference.UserName, AadObjectId = reference.AadObjectId },
        Conversation = new ConversationAccount
        {
            Id = reference.ConversationId,
            ConversationType = reference.ConversationType,
            TenantId = reference.TenantId,
        },
    };

    private static DeliveryResult Classify(ConnectorException exception)
    {
        if (exception.IsMessageWritesBlocked)
        {
            return Unreachable(ProactiveReasons.BlockedCode, ProactiveReasons.Blocked);
        }

        var code = exception.ErrorCode ?? (exception.StatusCode > 0 ? $"HTTP{exception.StatusCode}" : null);
        return exception.StatusCode switch
        {
            403 => Unreachable(code, ProactiveReasons.Forbidden),
            404 => Unreachable(code, ProactiveReasons.NotFound),
            401 => Failed(code, ProactiveReasons.Unauthorized),
            400 => Failed(code, ProactiveReasons.BadRequest),
            413 => Failed(code, ProactiveReasons.TooLarge),
            0 when exception.ErrorCode == ErrorCodes.UntrustedServiceUrl => Unreachable(code, ProactiveReasons.Untrusted),
            0 when exception.ErrorCode == ErrorCodes.OutcomeUnknown => Failed(code, ProactiveReasons.OutcomeUnknown),
            0 => Failed(code ?? ErrorCodes.NetworkError, ProactiveReasons.Network),
            _ when exception.IsTransient || exception.StatusCode is 412 or 429 or >= 500 => Failed(code, ProactiveReasons.Transient),
            _ => Failed(code, ProactiveReasons.Unknown),
        };
    }

    private static DeliveryResult Unreachable(string? code, string reason) => new(DeliveryState.Unreachable, null, code, reason);

    private static DeliveryResult Failed(string? code, string reason) => new(DeliveryState.Failed, null, code, reason);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning,
        Message = "Proactive send to {Person} failed: HTTP {StatusCode} {ErrorCode} {SubCode}")]
    private static partial void LogSendFailed(ILogger logger, string person, int statusCode, string? errorCode, string? subCode);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information,
        Message = "Teams refused a 1:1 chat with {Person} (HTTP {StatusCode} {ErrorCode}); installing the bot for them through Graph")]
    private static partial void LogInstallingAfterRefusal(ILogger logger, string person, int statusCode, string? errorCode);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Proactive send to {Person} failed without an answer")]
    private static partial void LogSendError(ILogger logger, Exception exception, string person);
}
