namespace CatoScim.Events.Feed;

internal enum FeedOrder
{
    NewestFirst,
    OldestFirst,
}
