using CivilityBot.Knowledge;

namespace CivilityBot.People;

/// <summary>
/// At start-up, links the roster people whose UPN (but no AAD object id) the campaign data names, so that strict mode
/// recognises them on their first message. A failed lookup only leaves that person for a coordinator to link.
/// </summary>
public sealed partial class RosterUpnResolver(
    IPlan plan, PeopleDirectory people, IUserDirectory users, ILogger<RosterUpnResolver> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => ResolveAsync(stoppingToken);

    /// <summary>Returns how many people were linked.</summary>
    public async Task<int> ResolveAsync(CancellationToken ct)
    {
        var linked = 0;
        foreach (var person in plan.Current.Roster.Where(NeedsLookup))
        {
            if (ct.IsCancellationRequested)
            {
                break;
            }

            linked += await TryLinkAsync(person, ct) ? 1 : 0;
        }

        return linked;
    }

    private bool NeedsLookup(RosterPerson person) =>
        !string.IsNullOrWhiteSpace(person.Upn) && string.IsNullOrWhiteSpace(person.AadObjectId) && people.FindLink(person.Name) is null;

    private async Task<bool> TryLinkAsync(RosterPerson person, CancellationToken ct)
    {
        try
        {
            var upn = person.Upn!.Trim();
            if (await users.FindObjectIdByUpnAsync(upn, ct) is not { Length: > 0 } aadObjectId)
            {
                LogNotFound(logger, person.Name, upn);
                return false;
            }

            return people.LinkFromDirectory(person.Name, aadObjectId).Status == LinkStatus.Linked;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception exception)
        {
            LogLookupFailed(logger, exception, person.Name);
            return false;
        }
    }

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "No directory user has the UPN {Upn} given for roster person {Person}")]
    private static partial void LogNotFound(ILogger logger, string person, string upn);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning, Message = "Could not look up the UPN of roster person {Person}")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception, string person);
}
