namespace CivilityBot.Reminders;

/// <summary>The fixed sentences of the reminders feature.</summary>
public static class ReminderTexts
{
    public const string NoSuchBroadcast = "没有找到这条提醒。发送“提醒记录”查看编号。";
    public const string NoSuchSchedule = "没有找到这个定时提醒。发送“定时提醒”查看编号。";
    public const string AlreadyFinished = "这条提醒已经发完或已取消，无需再取消。";
    public const string Discarded = "已放弃，没有发送任何消息。";
}
