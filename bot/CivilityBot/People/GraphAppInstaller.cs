using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace CivilityBot.People;

/// <summary>
/// Installs the bot for a user through Microsoft Graph v1.0, as Company Communicator does
/// (OfficeDev/microsoft-teams-apps-company-communicator, <c>Common/Services/MicrosoftGraph/TeamWork/AppManagerService.cs</c>
/// and <c>ChatsService.cs</c>), with application permission TeamsAppInstallation.ReadWriteForUser.All:
/// <list type="number">
/// <item><c>POST /users/{id}/teamwork/installedApps</c> with
/// <c>{"teamsApp@odata.bind":"{graph}/v1.0/appCatalogs/teamsApps/{catalogId}"}</c>: 201 Created (no body) = installed,
/// 409 Conflict = already installed (learn.microsoft.com/graph/api/userteamwork-post-installedapps);</item>
/// <item><c>GET /users/{id}/teamwork/installedApps?$expand=teamsApp&amp;$filter=teamsApp/id eq '{catalogId}'</c> → the
/// installation id (learn.microsoft.com/graph/api/userteamwork-list-installedapps);</item>
/// <item><c>GET /users/{id}/teamwork/installedApps/{installationId}/chat</c> → the 1:1 chat, whose id the Bot Connector
/// accepts as a conversation id (learn.microsoft.com/graph/api/userscopeteamsappinstallation-get-chat).</item>
/// </list>
/// At most <see cref="GraphOptions.MaxConcurrentInstalls"/> run at once; 429 and <c>Retry-After</c> are handled by the
/// client's RetryHandler (see <see cref="GraphClients"/>), so a 429 seen here means its retries ran out.
/// </summary>
public sealed partial class GraphAppInstaller : IAppInstaller, IDisposable
{
    private readonly GraphServiceClient _client;
    private readonly GraphOptions _options;
    private readonly IDirectoryRecordStore _records;
    private readonly TimeProvider _time;
    private readonly ILogger<GraphAppInstaller> _logger;
    private readonly SemaphoreSlim _slots;

    public GraphAppInstaller(
        GraphServiceClient client, IOptions<GraphOptions> options, IDirectoryRecordStore records, TimeProvider time,
        ILogger<GraphAppInstaller> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options.Value;
        _records = records;
        _time = time;
        _logger = logger;
        _slots = new SemaphoreSlim(_options.MaxConcurrentInstalls);
    }

    public bool IsAvailable => true;

    public string? UnavailableReason => null;

    public async Task<AppInstallOutcome> InstallAsync(string personName, string aadObjectId, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try
        {
            var outcome = await TryInstallAsync(aadObjectId, ct);
            Record(personName, outcome);
            return outcome;
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<AppInstallOutcome> TryInstallAsync(string aadObjectId, CancellationToken ct)
    {
        try
        {
            var status = await PostInstallationAsync(aadObjectId, ct);
            var chatId = await FindChatIdAsync(aadObjectId, ct);
            return chatId is null ? AppInstallOutcome.Refused(InstallReasons.NoChat) : new AppInstallOutcome(status, chatId, null);
        }
        catch (ApiException exception)
        {
            LogRefused(_logger, aadObjectId, exception.ResponseStatusCode);
            return AppInstallOutcome.Refused(InstallReasons.ForStatus(exception.ResponseStatusCode));
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException
            || (exception is OperationCanceledException && !ct.IsCancellationRequested))
        {
            LogFailed(_logger, exception, aadObjectId);
            return AppInstallOutcome.Refused(InstallReasons.Network);
        }
    }

    private async Task<InstallStatus> PostInstallationAsync(string aadObjectId, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // A new body each attempt: the model's backing store sends only changed values once serialized, so a reused one posts "{}".
                await _client.Users[aadObjectId].Teamwork.InstalledApps.PostAsync(Binding(), cancellationToken: ct);
                return InstallStatus.Installed;
            }
            catch (ApiException exception) when (exception.ResponseStatusCode == (int)HttpStatusCode.Conflict)
            {
                return InstallStatus.AlreadyInstalled;
            }
            catch (ApiException exception) when (attempt < _options.MaxRetries && RetryAfter(exception) is { } delay)
            {
                LogThrottled(_logger, aadObjectId, delay.TotalSeconds);
                await Task.Delay(delay, _time, ct);
            }
        }
    }

    private UserScopeTeamsAppInstallation Binding() => new()
    {
        AdditionalData = new Dictionary<string, object>
        {
            ["teamsApp@odata.bind"] = $"{_client.RequestAdapter.BaseUrl}/appCatalogs/teamsApps/{Uri.EscapeDataString(_options.TeamsAppCatalogId)}",
        },
    };

    /// <summary>
    /// The wait a 429 or 503 asks for (<c>Retry-After</c> in seconds, at most a minute; 1 s without one). The client's
    /// RetryHandler did not retry this POST in the stubbed scenario test, so the installer honours the header itself.
    /// </summary>
    private static TimeSpan? RetryAfter(ApiException exception)
    {
        if (exception.ResponseStatusCode is not (429 or 503))
        {
            return null;
        }

        var seconds = exception.ResponseHeaders.TryGetValue("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), System.Globalization.CultureInfo.InvariantCulture, out var given) ? given : 1;
        return TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 60));
    }

    private async Task<string?> FindChatIdAsync(string aadObjectId, CancellationToken ct)
    {
        var apps = _client.Users[aadObjectId].Teamwork.InstalledApps;
        var page = await apps.GetAsync(request =>
        {
            request.QueryParameters.Expand = ["teamsApp"];
            request.QueryParameters.Filter = $"teamsApp/id eq '{_options.TeamsAppCatalogId.Replace("'", "''", StringComparison.Ordinal)}'";
        }, ct);
        if (page?.Value?.FirstOrDefault(app => !string.IsNullOrEmpty(app.Id))?.Id is not { } installationId)
        {
            return null;
        }

        var chat = await apps[installationId].Chat.GetAsync(cancellationToken: ct);
        return string.IsNullOrEmpty(chat?.Id) ? null : chat.Id;
    }

    private void Record(string personName, AppInstallOutcome outcome) => _records.Update(personName, record => record with
    {
        Install = outcome.Status,
        InstallReason = outcome.Reason,
        InstallAt = _time.GetUtcNow(),
    });

    public void Dispose() => _slots.Dispose();

    [LoggerMessage(EventId = 4121, Level = LogLevel.Warning, Message = "Graph refused to install the bot for user {AadObjectId}: HTTP {StatusCode}")]
    private static partial void LogRefused(ILogger logger, string aadObjectId, int statusCode);

    [LoggerMessage(EventId = 4123, Level = LogLevel.Information, Message = "Graph throttled installing for user {AadObjectId}; retrying in {Seconds} s")]
    private static partial void LogThrottled(ILogger logger, string aadObjectId, double seconds);

    [LoggerMessage(EventId = 4122, Level = LogLevel.Warning, Message = "Installing the bot for user {AadObjectId} failed without an answer")]
    private static partial void LogFailed(ILogger logger, Exception exception, string aadObjectId);
}
