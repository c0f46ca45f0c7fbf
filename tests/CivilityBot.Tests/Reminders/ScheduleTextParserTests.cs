using CivilityBot.Reminders;

namespace CivilityBot.Tests.Reminders;

public sealed class ScheduleTextParserTests
{
    private static readonly TimeZoneInfo Shanghai = BureauClock.Resolve("Asia/Shanghai");

    // Local midnight 2023-11-01 in Shanghai: the first inspection day of the work plan.
    private static readonly DateTimeOffset InspectionStartsAt = new(2023, 10, 31, 16, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("每周一 9:00", "0 9 * * 1", "每周一 9:00")]
    [InlineData("每周一9点", "0 9 * * 1", "每周一 9:00")]
    [InlineData("每星期三 15:30", "30 15 * * 3", "每周三 15:30")]
    [InlineData("每周日 8点半", "30 8 * * 0", "每周日 8:30")]
    [InlineData("每周五 下午3点", "0 15 * * 5", "每周五 15:00")]
    [InlineData("每天 17：45", "45 17 * * *", "每天 17:45")]
    [InlineData("每天", "0 9 * * *", "每天 9:00")]
    [InlineData("工作日 8:30", "30 8 * * 1-5", "每个工作日 8:30")]
    [InlineData("cron 0 9 * * 1", "0 9 * * 1", "cron 0 9 * * 1")]
    public void TryParse_CommonChineseSchedules_BecomeCronInLocalTime(string text, string cron, string description)
    {
        Assert.True(ScheduleTextParser.TryParse(text, InspectionStartsAt, Shanghai, out var spec, out var problem), problem);

        Assert.Equal((cron, description), (spec!.Cron, spec.Description));
        Assert.Null(spec.ActiveUntil);
    }

    [Fact]
    public void TryParse_DaysBeforeInspection_RunsDailyOnlyInTheWeekBeforeIt()
    {
        Assert.True(ScheduleTextParser.TryParse("验收前 7 天每天提醒", InspectionStartsAt, Shanghai, out var spec, out _));

        Assert.Equal("0 9 * * *", spec!.Cron);
        Assert.Equal(InspectionStartsAt.AddDays(-7), spec.ActiveFrom);
        Assert.Equal(InspectionStartsAt, spec.ActiveUntil);
        Assert.Contains("2023-10-25 至 2023-10-31", spec.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("下个月", ScheduleTextParser.Unrecognised)]
    [InlineData("每天 25:00", "时间不对")]
    [InlineData("cron 61 9 * * 1", "cron 表达式不对")]
    [InlineData("验收前 90 天每天", "1 到 60")]
    public void TryParse_Nonsense_ExplainsWhatToWrite(string text, string problemStart)
    {
        Assert.False(ScheduleTextParser.TryParse(text, InspectionStartsAt, Shanghai, out var spec, out var problem));

        Assert.Null(spec);
        Assert.Contains(problemStart, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_BeforeInspectionWithoutAnInspectionDate_SaysSo()
    {
        Assert.False(ScheduleTextParser.TryParse("验收前 7 天每天", null, Shanghai, out _, out var problem));

        Assert.Contains("验收日期", problem, StringComparison.Ordinal);
    }
}
