namespace CivilityBot.People;

public enum LinkStatus
{
    Linked,

    /// <summary>The person already has a link and the caller did not ask to replace it.</summary>
    PersonAlreadyLinked,

    /// <summary>The Teams identity is already linked to another roster person.</summary>
    IdentityLinkedElsewhere,
}
