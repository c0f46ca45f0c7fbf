using System.ComponentModel.DataAnnotations;

namespace CivilityBot.Checklists;

public sealed class ChecklistOptions
{
    public const string Section = "Checklists";

    /// <summary>The address users reach the bot at; ledger download links start with it.</summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:3978";

    /// <summary>How long a ledger download link works.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan LedgerLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Sub-criteria per checklist card; at most 20 keeps every card under 80 KB (Teams' limit is 100 KB).</summary>
    [Range(1, 20)]
    public int ItemsPerCard { get; set; } = 10;
}
