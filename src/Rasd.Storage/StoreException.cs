namespace Rasd.Storage;

/// <summary>A database that cannot be used as it is (newer schema, not a Rasd database, unreadable file).</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception with a message a user can act on.</summary>
    public StoreException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StoreException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public StoreException() { }
}
