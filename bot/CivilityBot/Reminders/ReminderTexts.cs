namespace CivilityBot.Reminders;

/// <summary>The fixed sentences of the reminders feature.</summary>
public static class ReminderTexts
{
    public const string OnlyCoordinators = "只有协调员可以发送和管理提醒。需要提醒大家的话，请联系领导小组办公室。";
    public const string OnlyCoordinatorsEnglish = "Only coordinators can send or manage reminders. Please ask the leading group office.";
    public const string NotOnRoster = "还不知道你是工作方案里的哪一位，暂时不能发送提醒。请协调员先为你关联 Teams 账号。";
    public const string NoSuchBroadcast = "没有找到这条提醒。发送“提醒记录”查看编号。";
    public const string NoSuchSchedule = "没有找到这个定时提醒。发送“定时提醒”查看编号。";
    public const string AlreadyFinished = "这条提醒已经发完或已取消，无需再取消。";
    public const string Discarded = "已放弃，没有发送任何消息。";
}
