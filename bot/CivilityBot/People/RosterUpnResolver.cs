using CivilityBot.Knowledge;

namespace CivilityBot.People;

/// <summary>
/// One pass of the directory sync: looks up every roster person's UPN or e-mail (the imported staff list's first,
/// see <see cref="People"/>), links people not linked yet (so strict
/// mode recognises their first message and the installer can reach them), and records for each person what the
/// directory said, so coordinators see who is not found, ambiguous, gone since the last pass, renamed or moved. A link
/// is never replaced or removed here: a coordinator's choice wins, and a person who left is reported, not unlinked.
/// </summary>
public sealed partial class RosterUpnResolver(
    IPlan plan, IRosterStore imported, PeopleDirectory people, IUserDirectory users, IDirectoryRecordStore records, TimeProvider time,
    ILogger<RosterUpnResolver> logger)
{
    /// <summary>Returns how many people were newly linked.</summary>
    public async Task<int> ResolveAsync(CancellationToken ct)
    {
        var linked = 0;
        foreach (var person in People())
        {
            if (ct.IsCancellationRequested)
            {
                break;
            }

            linked += await SyncAsync(person, ct) ? 1 : 0;
        }

        return linked;
    }

    /// <summary>
    /// The plan's people, each with the address of the imported staff list when it gives one (else the campaign
    /// file's), then the imported people the plan does not name. Someone removed by an import falls back to the
    /// campaign file's address, usually none, so the sync stops looking them up.
    /// </summary>
    private IEnumerable<RosterPerson> People()
    {
        var entries = imported.Entries().ToDictionary(entry => entry.Id, StringComparer.Ordinal);
        foreach (var person in plan.Current.Roster)
        {
            yield return entries.Remove(person.Name, out var entry) ? person with { Upn = entry.Address } : person;
        }

        foreach (var entry in entries.Values)
        {
            yield return new RosterPerson(entry.Id, [entry.Department], entry.Role.Length > 0 ? [entry.Role] : [], entry.Address);
        }
    }

    private async Task<bool> SyncAsync(RosterPerson person, CancellationToken ct)
    {
        var previous = records.Find(person.Name) ?? new DirectoryRecord { Id = person.Name };
        if (string.IsNullOrWhiteSpace(person.Upn))
        {
            Save(previous, DirectoryStatus.NoAddress, null, DirectoryTexts.NoAddress);
            return false;
        }

        var address = person.Upn.Trim();
        try
        {
            var lookup = await users.LookupAsync(address, ct);
            return Apply(person, previous with { Address = address }, lookup);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception exception)
        {
            LogLookupFailed(logger, exception, person.Name);
            Save(previous with { Address = address }, DirectoryStatus.Error, null, DirectoryTexts.LookupFailed);
            return false;
        }
    }

    private bool Apply(RosterPerson person, DirectoryRecord previous, DirectoryLookup lookup)
    {
        switch (lookup.Status)
        {
            case DirectoryLookupStatus.NotFound:
                LogNotFound(logger, person.Name, previous.Address!);
                var gone = previous.Status == DirectoryStatus.Found;
                Save(previous, DirectoryStatus.NotFound, null, gone ? DirectoryTexts.Left(previous.Address!) : DirectoryTexts.NotFound(previous.Address!));
                return false;
            case DirectoryLookupStatus.Ambiguous:
                Save(previous, DirectoryStatus.Ambiguous, null, DirectoryTexts.Ambiguous(previous.Address!, lookup.Matches));
                return false;
            default:
                return ApplyFound(person, previous, lookup.User!);
        }
    }

    private bool ApplyFound(RosterPerson person, DirectoryRecord previous, DirectoryUser user)
    {
        var link = people.FindLink(person.Name);
        var linked = link is null && people.LinkFromDirectory(person.Name, user.Id).Status == LinkStatus.Linked;
        var current = people.FindLink(person.Name);
        var conflict = current?.AadObjectId is { Length: > 0 } held && held != user.Id;
        records.Save(previous with
        {
            Status = conflict ? DirectoryStatus.Conflict : DirectoryStatus.Found,
            AadObjectId = user.Id,
            DisplayName = user.DisplayName,
            Department = user.Department,
            Reason = conflict ? DirectoryTexts.Conflict : null,
            Change = DirectoryTexts.Changes(previous, user) ?? (previous.Status == DirectoryStatus.Found ? previous.Change : null),
            CheckedAt = time.GetUtcNow(),
        });
        return linked;
    }

    private void Save(DirectoryRecord previous, DirectoryStatus status, string? aadObjectId, string reason) =>
        records.Save(previous with
        {
            Status = status,
            AadObjectId = aadObjectId ?? (status == DirectoryStatus.Error ? previous.AadObjectId : null),
            Reason = reason,
            Change = null,
            CheckedAt = time.GetUtcNow(),
        });

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "No directory user has the UPN or e-mail {Upn} given for roster person {Person}")]
    private static partial void LogNotFound(ILogger logger, string person, string upn);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning, Message = "Could not look up the UPN of roster person {Person}")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception, string person);
}
