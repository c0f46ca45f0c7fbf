using System.ComponentModel.DataAnnotations;

namespace CivilityBot.Checklists;

public sealed class ChecklistOptions
{
    public const string Section = "Checklists";

    /// <summary>
    /// Sub-criteria per checklist card. With evidence rows, review comments and notes all at their longest, 4 keeps a page
    /// inside the 40 KB message budget (ChecklistCardSizeTests measures it); more may be cut to a short text by Teams' limit.
    /// </summary>
    [Range(1, 4)]
    public int ItemsPerCard { get; set; } = 4;
}
