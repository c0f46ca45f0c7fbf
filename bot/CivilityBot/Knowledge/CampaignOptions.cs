namespace CivilityBot.Knowledge;

/// <summary>Settings bound to the "Campaign" section.</summary>
public sealed class CampaignOptions
{
    public const string Section = "Campaign";

    /// <summary>The campaign file; a relative path is resolved against the content root, like <c>Storage:Path</c>.</summary>
    public string Path { get; set; } = "data/campaign.json";

    /// <summary>The campaign file's full path, with a relative <see cref="Path"/> taken from <paramref name="contentRoot"/>.</summary>
    public string ResolvedPath(string contentRoot) => System.IO.Path.GetFullPath(Path, contentRoot);
}
