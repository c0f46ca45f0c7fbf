using System.ComponentModel.DataAnnotations;

namespace CivilityBot.Knowledge;

/// <summary>Settings bound to section <c>Bureau</c>: the one place that says where the bureau is in time.</summary>
public sealed class BureauOptions
{
    public const string Section = "Bureau";

    /// <summary>IANA (or Windows) id of the bureau's time zone; "today", schedules and every time shown use it.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
