using System.Globalization;
using System.Text.RegularExpressions;

namespace CivilityBot.Knowledge.Corrections;

/// <summary>
/// Applies one correction to a campaign, without side effects: the result is a new, validated campaign with the old
/// and new values worded for the preview, or a Chinese reason why it cannot apply.
/// </summary>
public static partial class PlanCorrections
{
    /// <summary>The corrected campaign, validated like a loaded file, or the reason the correction cannot apply.</summary>
    public static CorrectionResult Apply(Campaign campaign, PlanCorrection correction)
    {
        var result = correction.Kind switch
        {
            PlanCorrectionKind.IndicatorOwners => IndicatorOwners(campaign, correction.Target, correction.Value),
            PlanCorrectionKind.SubCriterionOwners => SubCriterionOwners(campaign, correction.Target, correction.Value),
            PlanCorrectionKind.DepartmentName => PlanRewrites.RenameDepartment(campaign, correction.Target.Trim(), correction.Value.Trim()),
            PlanCorrectionKind.PhaseDates => PhaseDates(campaign, correction.Target, correction.Value),
            _ => PlanRewrites.ConfirmReading(campaign, PersonNames.Normalize(correction.Target), PersonNames.Normalize(correction.Value)),
        };
        if (result.Updated is null) return result;
        var problem = CampaignValidator.FirstProblem(result.Updated);
        return problem is null ? result : CorrectionResult.Refused($"修改后数据不一致：{problem}");
    }

    /// <summary>"团委 汪珂吉、办公室 宋伟" → owners; null with a reason when a pair or a person is not recognised.</summary>
    public static (List<Owner>? Owners, string? Problem) ParseOwners(Campaign campaign, string text)
    {
        var owners = new List<Owner>();
        foreach (var pair in text.Split(['、', '，', ',', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split([' ', '\u3000'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2) return (null, $"“{pair}”应写作“科室 姓名”，例如“团委 汪珂吉”。");
            var person = PersonNames.Normalize(parts[1]);
            if (campaign.FindPerson(person) is null) return (null, $"名册中没有{person}。");
            owners.Add(new Owner(campaign.ResolveDepartment(parts[0]), person));
        }

        return owners.Count == 0 ? (null, "请写出至少一位责任人，例如“团委 汪珂吉”。") : (owners, null);
    }

    private static CorrectionResult IndicatorOwners(Campaign campaign, string target, string value)
    {
        if (!int.TryParse(target.Trim(), CultureInfo.InvariantCulture, out var number) || campaign.FindIndicator(number) is not { } indicator)
            return CorrectionResult.Refused($"没有第{target.Trim()}项。");
        var (owners, problem) = ParseOwners(campaign, value);
        if (owners is null) return CorrectionResult.Refused(problem!);
        var updated = indicator with { Owners = owners, SubCriteria = [.. indicator.SubCriteria.Select(sub => sub with { Owners = null })] };
        return new(PlanRewrites.Replace(campaign, updated), Label(indicator.Owners), Label(owners), null);
    }

    private static CorrectionResult SubCriterionOwners(Campaign campaign, string target, string value)
    {
        if (campaign.FindSubCriterion(target) is not { } sub) return CorrectionResult.Refused($"没有子项{target.Trim()}。");
        var (owners, problem) = ParseOwners(campaign, value);
        if (owners is null) return CorrectionResult.Refused(problem!);
        var indicator = campaign.IndicatorOf(sub.Id)!;
        var subs = indicator.SubCriteria.Select(item => item with { Owners = item.Id == sub.Id ? owners : campaign.OwnersOf(item) }).ToList();
        var union = subs.SelectMany(item => item.Owners!).Distinct().ToList();
        var uniform = subs.All(item => item.Owners!.SequenceEqual(subs[0].Owners!));
        var updated = indicator with
        {
            Owners = union,
            SubCriteria = [.. subs.Select(item => uniform ? item with { Owners = null } : item)],
        };
        return new(PlanRewrites.Replace(campaign, updated), Label(campaign.OwnersOf(sub)), Label(owners), null);
    }

    private static CorrectionResult PhaseDates(Campaign campaign, string target, string value)
    {
        var phase = campaign.Phases.FirstOrDefault(item => item.Number.ToString(CultureInfo.InvariantCulture) == target.Trim() || item.Name == target.Trim());
        if (phase is null) return CorrectionResult.Refused($"没有“{target.Trim()}”这个阶段，共{campaign.Phases.Count}个阶段。");
        var match = DateRange().Match(value);
        if (!match.Success
            || !DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(match.Groups[2].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            return CorrectionResult.Refused("日期请写作“2026-08-01至2026-10-31”。");
        var phases = campaign.Phases.Select(item => item == phase ? item with { Start = start, End = end, PrintedDates = null } : item).ToList();
        return new(PlanRewrites.With(campaign, phases: phases), $"{phase.Name} {phase.Start:yyyy-MM-dd}至{phase.End:yyyy-MM-dd}", $"{phase.Name} {start:yyyy-MM-dd}至{end:yyyy-MM-dd}", null);
    }

    private static string Label(IEnumerable<Owner> owners) => string.Join("、", owners.Select(owner => owner.Label(ReplyLanguage.Chinese)));

    [GeneratedRegex(@"(\d{4}-\d{2}-\d{2})\s*(?:至|到|~|-|—|–|to)\s*(\d{4}-\d{2}-\d{2})")]
    private static partial Regex DateRange();
}
