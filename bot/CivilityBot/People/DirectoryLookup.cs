namespace CivilityBot.People;

/// <summary>The directory's answer for one UPN or e-mail: one user, none, or several (<see cref="Matches"/> of them).</summary>
public sealed record DirectoryLookup(DirectoryLookupStatus Status, DirectoryUser? User, int Matches)
{
    public static DirectoryLookup Found(DirectoryUser user) => new(DirectoryLookupStatus.Found, user, 1);

    public static DirectoryLookup NotFound { get; } = new(DirectoryLookupStatus.NotFound, null, 0);

    public static DirectoryLookup Ambiguous(int matches) => new(DirectoryLookupStatus.Ambiguous, null, matches);
}
