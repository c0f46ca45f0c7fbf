using System.Globalization;
using System.Text.RegularExpressions;
using CivilityBot.Knowledge.Answering;

namespace CivilityBot.Knowledge.Corrections;

/// <summary>
/// Reads a correction command (<see cref="PlanCommandPatterns"/>) into a <see cref="PlanCorrection"/> on the current
/// plan. Owners may be written as a bare roster name (宋伟): the department is the one the person already holds on
/// that item, else their only department on the roster; someone in several departments, or in none, must be written
/// "科室 姓名". Returns null when the text is not a correction command.
/// </summary>
public static class PlanCorrectionReader
{
    private static readonly char[] OwnerSeparators = ['、', '，', ',', ';', '；'];

    /// <summary>The correction, or (null, a Chinese reason) when the command is malformed; null when the text is another command.</summary>
    public static (PlanCorrection? Correction, string? Problem)? Read(Campaign campaign, string text)
    {
        if ((Match(PlanCommandPatterns.Owners(), text) ?? Match(PlanCommandPatterns.OwnersAfterItem(), text)) is { } owners)
        {
            return ReadOwners(campaign, owners.Groups["target"].Value, owners.Groups["owners"].Value);
        }

        if (Match(PlanCommandPatterns.DepartmentName(), text) is { } department)
        {
            return (new PlanCorrection(PlanCorrectionKind.DepartmentName, department.Groups["from"].Value, department.Groups["to"].Value), null);
        }

        if (Match(PlanCommandPatterns.PhaseDates(), text) is { } phase)
        {
            return (new PlanCorrection(PlanCorrectionKind.PhaseDates, PhaseNumber(phase.Groups["phase"].Value), phase.Groups["dates"].Value.Trim()), null);
        }

        if (Match(PlanCommandPatterns.ConfirmReading(), text) is { } reading)
        {
            var printed = reading.Groups["printed"].Value;
            var confirmed = reading.Groups["confirmed"].Success ? reading.Groups["confirmed"].Value : printed;
            return (new PlanCorrection(PlanCorrectionKind.ConfirmReading, printed, confirmed), null);
        }

        return null;
    }

    private static Match? Match(Regex pattern, string text) => pattern.Match(text.Trim()) is { Success: true } match ? match : null;

    private static (PlanCorrection?, string?) ReadOwners(Campaign campaign, string target, string written)
    {
        var isSub = target.Contains('.', StringComparison.Ordinal);
        var current = isSub
            ? campaign.FindSubCriterion(target) is { } sub ? campaign.OwnersOf(sub) : null
            : int.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? campaign.FindIndicator(number)?.Owners : null;
        if (current is null)
        {
            return (null, isSub ? $"没有子项{target}。" : $"没有第{target}项，共{campaign.Indicators.Count}项。");
        }

        var pairs = new List<string>();
        foreach (var token in written.Split(OwnerSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (token.Contains(' ', StringComparison.Ordinal) || token.Contains('\u3000', StringComparison.Ordinal))
            {
                pairs.Add(token);
                continue;
            }

            var (pair, problem) = WithDepartment(campaign, current, token, target);
            if (problem is not null) return (null, problem);
            pairs.Add(pair!);
        }

        var kind = isSub ? PlanCorrectionKind.SubCriterionOwners : PlanCorrectionKind.IndicatorOwners;
        return (new PlanCorrection(kind, target, string.Join("、", pairs)), null);
    }

    private static (string? Pair, string? Problem) WithDepartment(Campaign campaign, IReadOnlyList<Owner> current, string name, string target)
    {
        if (campaign.FindPerson(name) is not { } person) return (null, $"名册中没有{PersonNames.Normalize(name)}。");
        if (current.FirstOrDefault(owner => owner.Person == person.Name) is { } already) return ($"{already.Department} {person.Name}", null);
        return person.Departments switch
        {
            [var only] => ($"{only} {person.Name}", null),
            [] => (null, $"名册中{person.Name}没有科室，请写明科室，例如“更换责任人 {target} 办公室 {person.Name}”。"),
            _ => (null, $"{person.Name}在多个科室（{string.Join("、", person.Departments)}），请写明科室，例如“更换责任人 {target} {person.Departments[0]} {person.Name}”。"),
        };
    }

    // 第二阶段 / 第2阶段 / 2 → "2"; a phase name stays as written.
    private static string PhaseNumber(string written)
    {
        var core = written.Trim().TrimStart('第');
        if (core.EndsWith("阶段", StringComparison.Ordinal) && core.Length > 2 && core[..^2].All(ch => char.IsDigit(ch) || "一二三四五六七八九十".Contains(ch, StringComparison.Ordinal)))
        {
            core = core[..^2];
        }
        else if (!core.All(char.IsDigit))
        {
            return written.Trim();
        }

        return core.All(char.IsDigit) ? core : ChineseNumerals.Parse(core).ToString(CultureInfo.InvariantCulture);
    }
}
