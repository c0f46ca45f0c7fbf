using System.ComponentModel.DataAnnotations;

namespace CivilityBot.Checklists;

public sealed class ChecklistOptions
{
    public const string Section = "Checklists";

    /// <summary>Sub-criteria per checklist card; at most 20 keeps every card under 80 KB (Teams' limit is 100 KB).</summary>
    [Range(1, 20)]
    public int ItemsPerCard { get; set; } = 10;
}
