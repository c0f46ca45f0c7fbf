namespace CivilityBot.People;

/// <summary>Values of <see cref="PersonLink.LinkedBy"/> other than a coordinator's name. Every origin but <see cref="Auto"/> is a verified link.</summary>
public static class PersonLinkOrigins
{
    /// <summary>The Teams display name matched one unlinked roster name.</summary>
    public const string Auto = "auto";

    /// <summary>The campaign file named the person's AAD object id.</summary>
    public const string Data = "data";

    /// <summary>The account named by <c>People:BootstrapCoordinators</c> wrote under its exact roster name.</summary>
    public const string Bootstrap = "bootstrap";
}
