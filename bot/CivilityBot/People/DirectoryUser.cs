namespace CivilityBot.People;

/// <summary>One Entra ID user as Graph returns it (<c>id</c>, <c>displayName</c>, <c>department</c>; department may be empty).</summary>
public sealed record DirectoryUser(string Id, string? DisplayName, string? Department);
